// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColumnMapping.h"
#include "PipelineTemplate.h"

#include <QTest>

using namespace lejek;
using namespace Qt::Literals::StringLiterals;

class TestColumnMapping : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keysAndLabelsMapByThemselves()
    {
        const Pipeline pipeline = PipelineTemplate::b2bFunnel();
        auto mapping = ColumnMapping::build({u"Company"_s, u"EMAIL"_s, u"  nip "_s, u"Deal value"_s, u"Stage"_s, u"owner"_s, u"Shoe size"_s},
                                            pipeline);
        QVERIFY2(mapping.has_value(), qPrintable(mapping ? QString() : mapping.error()));
        QCOMPARE(mapping->keys(), (QStringList{u"company"_s, u"email"_s, u"nip"_s, u"value"_s, u"stage"_s, u"owner"_s, QString()}));
        QCOMPARE(mapping->ignoredColumns(), QStringList{u"Shoe size"_s});
    }

    void explicitMappingWinsAndIsChecked()
    {
        const Pipeline pipeline = PipelineTemplate::b2bFunnel();
        auto mapping = ColumnMapping::build({u"Account"_s, u"Company"_s}, pipeline, {{u"Account"_s, u"company"_s}, {u"Company"_s, u"notes"_s}});
        QVERIFY(mapping.has_value());
        QCOMPARE(mapping->keys(), (QStringList{u"company"_s, u"notes"_s}));
        QVERIFY(!ColumnMapping::build({u"A"_s}, pipeline, {{u"B"_s, u"company"_s}}).has_value());
        const auto unknown = ColumnMapping::build({u"A"_s}, pipeline, {{u"A"_s, u"shoe_size"_s}});
        QVERIFY(!unknown.has_value());
        QVERIFY(unknown.error().contains(u"shoe_size"_s));
    }

    void twoColumnsForOneFieldAreRefused()
    {
        const auto both = ColumnMapping::build({u"company"_s, u"Company"_s}, PipelineTemplate::b2bFunnel());
        QVERIFY(!both.has_value());
        QVERIFY(both.error().contains(u"company"_s));
    }

    void customFieldsMapByKeyOrLabel()
    {
        Pipeline pipeline = PipelineTemplate::b2bFunnel();
        pipeline.customFields.append(FieldDefinition{u"erp"_s, FieldType::Text, u"ERP system"_s, {}, true, 1});
        auto mapping = ColumnMapping::build({u"ERP System"_s}, pipeline);
        QVERIFY(mapping.has_value());
        QCOMPARE(mapping->keyOf(0), u"erp"_s);
    }
};

QTEST_GUILESS_MAIN(TestColumnMapping)
#include "tst_columnmapping.moc"
