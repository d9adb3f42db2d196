// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LeadChange.h"

#include <QObject>

namespace lejek {

// Tells views which leads changed and where, after the change committed. Lives on
// the thread that created it (the UI thread); services post to it from any thread.
class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    explicit ChangeNotifier(QObject *parent = nullptr);
    // Thread-safe: queues the signal to the notifier's thread.
    void post(const LeadChange &change);

Q_SIGNALS:
    void leadsChanged(const lejek::LeadChange &change);
    void pipelinesChanged();
};

} // namespace lejek
