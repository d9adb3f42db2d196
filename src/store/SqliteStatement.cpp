// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteStatement.h"

#include "NativeHandle.h"
#include "SqlValue.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

std::unique_ptr<SqliteStatement> SqliteStatement::prepare(Database &db, const QString &sql)
{
    sqlite3 *handle = NativeHandle::sqlite(db);
    if (!handle)
        return nullptr;
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, text.constData(), static_cast<int>(text.size()), &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return nullptr;
    }
    return std::unique_ptr<SqliteStatement>(new SqliteStatement(handle, statement));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

Result<void> SqliteStatement::bind(const QVariantList &values)
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    // A count that does not match is refused (Qt's query binds the missing as NULLs: a
    // miscounted statement would read wrong figures, not fail).
    if (sqlite3_bind_parameter_count(m_statement) != values.size())
        return std::unexpected(
            refusal(QCoreApplication::translate("lejek::Database", "%1 values for %2 parameters")
                        .arg(values.size())
                        .arg(sqlite3_bind_parameter_count(m_statement))));
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values[i];
        const int at = i + 1;
        int rc = SQLITE_OK;
        if (SqlValue::isNull(v)) {
            rc = sqlite3_bind_null(m_statement, at);
        } else {
            switch (v.typeId()) {
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
            case QMetaType::Bool: rc = sqlite3_bind_int64(m_statement, at, v.toLongLong()); break;
            case QMetaType::Double: rc = sqlite3_bind_double(m_statement, at, v.toDouble()); break;
            case QMetaType::QByteArray: {
                const QByteArray &bytes = *static_cast<const QByteArray *>(v.constData());
                rc = sqlite3_bind_blob64(m_statement, at, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
                break;
            }
            case QMetaType::QString: {
                const QString &text = *static_cast<const QString *>(v.constData());
                rc = sqlite3_bind_text16(m_statement, at, text.utf16(), static_cast<int>(text.size() * 2), SQLITE_TRANSIENT);
                break;
            }
            default: {
                const QString text = v.toString();
                rc = sqlite3_bind_text16(m_statement, at, text.utf16(), static_cast<int>(text.size() * 2), SQLITE_TRANSIENT);
                break;
            }
            }
        }
        if (rc != SQLITE_OK)
            return std::unexpected(refusal());
    }
    return ok();
}

Result<bool> SqliteStatement::step()
{
    switch (sqlite3_step(m_statement)) {
    case SQLITE_ROW: return true;
    case SQLITE_DONE: return false;
    default: break;
    }
    const Error refused = refusal();
    sqlite3_reset(m_statement);
    return std::unexpected(refused);
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
}

Error SqliteStatement::refusal(const QString &why) const
{
    return Error::storage(u"%1: %2"_s.arg(QCoreApplication::translate("lejek::Database", "the database refused a statement"),
                                          why.isEmpty() ? QString::fromUtf8(sqlite3_errmsg(m_db)) : why));
}

} // namespace lejek
