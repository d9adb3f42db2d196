// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// LeadDragPayload: the private MIME type a dragged card carries, and what a board
// does with data that is not its own (another program's, truncated, hostile).
#include "board/LeadDragPayload.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QTest>

#include <memory>

using namespace lejek::app;
using namespace Qt::Literals::StringLiterals;

class TestLeadDragPayload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsEveryLead()
    {
        LeadDragPayload payload;
        payload.pipelineId = 7;
        payload.leads = {{11, 3, 1}, {12, 3, 4}, {9000000000LL, 5, 2}};
        std::unique_ptr<QMimeData> data(payload.toMimeData());
        QVERIFY(data->hasFormat(LeadDragPayload::MimeType));
        QCOMPARE(LeadDragPayload::MimeType, u"application/x-lejek-lead-ids"_s);
        const auto back = LeadDragPayload::fromMimeData(data.get());
        QVERIFY(back.has_value());
        QCOMPARE(*back, payload);
        QCOMPARE(back->leadIds(), (QList<qint64> {11, 12, 9000000000LL}));
    }

    void foreignDataIsNotOurs()
    {
        QMimeData text;
        text.setText(u"11,12"_s);
        QVERIFY(!LeadDragPayload::fromMimeData(&text));
        QVERIFY(!LeadDragPayload::fromMimeData(nullptr));
    }

    void malformedDataIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        LeadDragPayload payload;
        payload.pipelineId = 1;
        payload.leads = {{11, 3, 1}, {12, 3, 1}};
        std::unique_ptr<QMimeData> good(payload.toMimeData());
        const QByteArray bytes = good->data(LeadDragPayload::MimeType);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << bytes.left(bytes.size() - 3);
        QTest::newRow("trailing bytes") << bytes + QByteArray("x");

        const auto make = [](quint32 format, quint32 count, qint64 leadId) {
            QByteArray b;
            QDataStream out(&b, QIODevice::WriteOnly);
            out.setVersion(QDataStream::Qt_6_4);
            out << format << qint64(1) << count;
            for (quint32 i = 0; i < std::min<quint32>(count, 2); ++i)
                out << leadId << qint64(3) << qint32(1);
            return b;
        };
        QTest::newRow("another format") << make(2, 1, 11);
        QTest::newRow("no leads") << make(1, 0, 11);
        QTest::newRow("a huge count") << make(1, 4000000000u, 11);
        QTest::newRow("a negative id") << make(1, 1, -5);
    }
    void malformedDataIsRefused()
    {
        QFETCH(QByteArray, bytes);
        QMimeData data;
        data.setData(LeadDragPayload::MimeType, bytes);
        QVERIFY(!LeadDragPayload::fromMimeData(&data));
    }
};

QTEST_GUILESS_MAIN(TestLeadDragPayload)
#include "tst_leaddragpayload.moc"
