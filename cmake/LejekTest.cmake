# SPDX-FileCopyrightText: 2026 Lejek authors
# SPDX-License-Identifier: GPL-3.0-or-later
# lejek_add_test(<name> SOURCES <files...> LIBS <targets...> [LABELS <labels...>])
# One QtTest executable per class under test, registered with CTest.
function(lejek_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE lejek_common Qt6::Test ${ARG_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "LEJEK_SOURCE_DIR=${PROJECT_SOURCE_DIR};LEJEK_BINARY_DIR=${PROJECT_BINARY_DIR}"
        TIMEOUT 600)
endfunction()
