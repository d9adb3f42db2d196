// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThinScrollBarStyle.h"

namespace lejek::app {

ThinScrollBarStyle::ThinScrollBarStyle()
    : QProxyStyle()
{ }

int ThinScrollBarStyle::pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const
{
    const int base = QProxyStyle::pixelMetric(metric, option, widget);
    if (metric == PM_ScrollBarExtent)
        return std::max(8, base * 5 / 8);
    return base;
}

} // namespace lejek::app
