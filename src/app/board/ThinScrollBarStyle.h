// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace lejek::app {

// The application's style with narrower scroll bars, for the board's many side-by-side
// columns: the cards keep the width a full-size bar would take from each of them.
class ThinScrollBarStyle : public QProxyStyle
{
    Q_OBJECT
public:
    ThinScrollBarStyle();
    int pixelMetric(PixelMetric metric, const QStyleOption *option = nullptr, const QWidget *widget = nullptr) const override;
};

} // namespace lejek::app
