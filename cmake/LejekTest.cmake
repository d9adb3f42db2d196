# SPDX-FileCopyrightText: 2026 Lejek authors
# SPDX-License-Identifier: GPL-3.0-or-later
# lejek_add_test(<name> SOURCES <files...> LIBS <targets...> [LABELS <labels...>])
# One QtTest executable per class under test, registered with CTest.
# QtTest's watchdog (5 minutes a test function by default) is set just under CTest's
# limit, so that a test that hangs prints its threads' stacks before CTest kills it. In
# Qt 6.4 the watchdog, meant for each data row, misses the end of a row followed at once
# by the next one, so it times a data-driven function's rows together.
function(lejek_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE lejek_common Qt6::Test ${ARG_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "LEJEK_SOURCE_DIR=${PROJECT_SOURCE_DIR};LEJEK_BINARY_DIR=${PROJECT_BINARY_DIR};QTEST_FUNCTION_TIMEOUT=570000"
        TIMEOUT 600)
endfunction()
