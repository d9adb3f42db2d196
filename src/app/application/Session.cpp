// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

#include "FutureWatch.h"
#include "PipelineService.h"
#include "LeadService.h"
#include "ChangeNotifier.h"
#include "KeychainCredentials.h"

#include <QFuture>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

Session::Session(const ConnectionSettings &settings, BackendFactory backends, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_backends(std::move(backends))
{ }

Session::~Session() = default;

LeadService &Session::leads()
{
    return m_backend->leads();
}
PipelineService &Session::pipelines()
{
    return m_backend->pipelines();
}
ReportService &Session::reports()
{
    return m_backend->reports();
}
ChangeNotifier &Session::notifier()
{
    return m_backend->notifier();
}

void Session::open()
{
    if (!m_settings.isPostgres() || !m_settings.password.isEmpty() || !qEnvironmentVariableIsEmpty("LEJEK_NO_KEYCHAIN")) {
        openBackend();
        return;
    }
    // A stored password is used; none stored (or no keychain) leaves it to ~/.pgpass.
    FutureWatch::then(this, KeychainCredentials::read(m_settings.displayName()), [this](const Result<QString> &password) {
        if (password)
            m_settings.password = *password;
        openBackend();
    });
}

void Session::openBackend()
{
    m_backend = m_backends(m_settings);
    FutureWatch::then(this, m_backend->open(), [this](const Result<void> &opened) {
        if (!opened) {
            Q_EMIT failed(opened.error());
            return;
        }
        m_open = true;
        loadPipelines(true, true);
    });
}

void Session::reloadPipelines()
{
    if (m_open)
        loadPipelines(false, false);
}

void Session::loadPipelines(bool createWhenNone, bool first)
{
    FutureWatch::then(
        this, m_backend->pipelines().pipelines(m_principal), [this, createWhenNone, first](const Result<QList<Pipeline>> &loaded) {
            if (!loaded) {
                Q_EMIT failed(loaded.error());
                return;
            }
            if (!loaded->isEmpty() || !createWhenNone) {
                if (first)
                    Q_EMIT ready(*loaded);
                else
                    Q_EMIT pipelinesLoaded(*loaded);
                return;
            }
            FutureWatch::then(this, m_backend->pipelines().createFromTemplate(m_principal, u"b2b"_s, tr("B2B funnel")),
                [this, first](const Result<Pipeline> &created) {
                    if (!created) {
                        Q_EMIT failed(created.error());
                        return;
                    }
                    loadPipelines(false, first);
                });
        });
}

} // namespace lejek::app
