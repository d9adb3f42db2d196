// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The app's file dialogs never open the files they list: closing any descriptor of the
// open SQLite database (or its -wal, -shm) would drop this process's locks on it.
// Linux's inotify tells every open() of a file in the folder, whoever makes it.
#include "application/FileDialogs.h"
#include "application/NameOnlyIconProvider.h"

#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sys/inotify.h>
#include <unistd.h>

using namespace lejek::app;
using namespace Qt::Literals::StringLiterals;

class TestFileDialogs : public QObject
{
    Q_OBJECT

    // Lists `folder` in `dialog` as a user would (the view, then the name field's
    // completion) and returns the names of the files in it that were opened meanwhile.
    static QSet<QString> filesOpenedWhileListing(QFileDialog &dialog, const QString &folder)
    {
        const int fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        if (fd < 0)
            return {u"(inotify unavailable)"_s};
        inotify_add_watch(fd, QFile::encodeName(folder).constData(), IN_OPEN);
        dialog.setDirectory(folder);
        dialog.show();
        QTest::qWait(800);
        if (auto *name = dialog.findChild<QLineEdit *>(u"fileNameEdit"_s)) {
            QTest::keyClicks(name, folder + u"/l"_s);
            QTest::qWait(800);
        }
        dialog.hide();
        QSet<QString> opened;
        alignas(inotify_event) char buffer[64 * 1024];
        for (ssize_t n; (n = read(fd, buffer, sizeof buffer)) > 0;) {
            for (char *p = buffer; p < buffer + n;) {
                const auto *event = reinterpret_cast<const inotify_event *>(p);
                if (event->len > 0 && !(event->mask & IN_ISDIR))
                    opened.insert(QString::fromUtf8(event->name));
                p += sizeof(inotify_event) + event->len;
            }
        }
        close(fd);
        return opened;
    }

    // The files of a folder like the one of an open database that `dialog` opens
    // while it lists them: the database, its WAL and shared memory (names without a
    // known extension: only their bytes tell a type), and a CSV file.
    static QSet<QString> filesOpenedBy(QFileDialog &dialog)
    {
        QTemporaryDir dir;
        if (!dir.isValid())
            return {u"(no temporary folder)"_s};
        for (const QString &name : {u"lejek.sqlite"_s, u"lejek.sqlite-wal"_s, u"lejek.sqlite-shm"_s, u"leads.csv"_s}) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::WriteOnly))
                return {u"(cannot write %1)"_s.arg(name)};
            file.write(name.endsWith(u"csv"_s) ? QByteArray("company\nAcme\n") : QByteArray("SQLite format 3\0", 16) + QByteArray(4096, '\x07'));
        }
        return filesOpenedWhileListing(dialog, dir.path());
    }

    static QString joined(const QSet<QString> &names) { return QStringList(names.cbegin(), names.cend()).join(u", "_s); }

private Q_SLOTS:
    void theDialogsDoNotOpenTheFilesTheyList()
    {
        NameOnlyIconProvider provider;
        QFileDialog dialog(nullptr, u"Import Leads"_s);
        FileDialogs::prepare(dialog, provider);
        const QSet<QString> opened = filesOpenedBy(dialog);
        QVERIFY2(opened.isEmpty(), qPrintable(joined(opened)));
    }

    void qtsOwnDialogWouldOpenThem()
    {
        // Why FileDialogs exists, and proof that the check above can see an open():
        // Qt's own icon provider reads each file to tell its type.
        QFileDialog dialog(nullptr, u"Import Leads"_s);
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        const QSet<QString> opened = filesOpenedBy(dialog);
        QVERIFY2(opened.contains(u"lejek.sqlite-wal"_s), qPrintable(joined(opened)));
    }
};

QTEST_MAIN(TestFileDialogs)
#include "tst_filedialogs.moc"
