// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the end-to-end tests of lejek-cli share: a database of the data row's backend
// made by "lejek-cli init" with one user, and ways to run the binary against it.
#pragma once

#include "CliRun.h"
#include "TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace lejek::test {

using Run = CliRun;
using namespace Qt::Literals::StringLiterals;

class CliTestCase : public QObject
{
protected:
    // For init(): the B2B funnel (init's template) and Anna Nowak, its admin. Skips the
    // test where the backend is not available here.
    void setUpDatabase()
    {
        QFETCH_GLOBAL(TestDatabase::Kind, kind);
        m_db = std::make_unique<TestDatabase>(kind);
        QString why;
        if (!m_db->isAvailable(&why))
            QSKIP(qPrintable(why));
        const Run r = cli({u"init"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"B2B funnel"_s));
        QCOMPARE(cli({u"user"_s, u"add"_s, u"--name"_s, u"Anna Nowak"_s, u"--email"_s, u"anna@firma.pl"_s, u"--team"_s, u"AE Mid-Market PL"_s}).code, 0);
    }

    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_files;

    Run cli(const QStringList &arguments, bool withDb = true) { return runCli(arguments, withDb ? m_db->url() : QString()); }

    QJsonArray json(const Run &run)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            qWarning() << "not JSON:" << error.errorString() << run.out.left(300);
        return doc.array();
    }

    // The lead with this e-mail in the B2B funnel, as `leads --format json` prints it.
    QJsonObject leadByEmail(const QString &email)
    {
        for (const QJsonValue &v : json(cli({u"leads"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--format"_s, u"json"_s})))
            if (v.toObject().value(u"email"_s).toString() == email)
                return v.toObject();
        return {};
    }

    qint64 add(const QStringList &fields, const QString &stage = {})
    {
        QStringList args{u"add"_s, u"--pipeline"_s, u"B2B funnel"_s};
        if (!stage.isEmpty())
            args << u"--stage"_s << stage;
        const Run r = cli(args + fields);
        if (r.code != 0)
            qWarning() << r.err;
        return r.out.trimmed().toLongLong();
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qWarning() << "cannot write" << path;
        return path;
    }

};

} // namespace lejek::test
