# SPDX-FileCopyrightText: 2026 Lejek authors
# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the language level and the warning flags; every
# Lejek target links it, so a flag is changed in one place.
add_library(lejek_common INTERFACE)
target_compile_features(lejek_common INTERFACE cxx_std_23)
target_compile_definitions(lejek_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    LEJEK_VERSION="${PROJECT_VERSION}")
target_compile_options(lejek_common INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor
    -Woverloaded-virtual -Wshadow=local
    $<$<BOOL:${LEJEK_WERROR}>:-Werror>)
