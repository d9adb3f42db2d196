# SPDX-FileCopyrightText: 2026 Lejek authors
# SPDX-License-Identifier: GPL-3.0-or-later
# lejek_add_translations(<target> TS_FILES <files...> [PLURALS_TS_FILES <files...>])
#
# - lrelease compiles the .ts files at build time and <target> embeds the .qm files
#   under :/i18n (e.g. :/i18n/lejek_pl.qm);
# - PLURALS_TS_FILES hold only the plural forms of the source language ("%n lead(s)"
#   -> "1 lead", "2 leads"), kept up to date with lupdate -pluralonly;
# - the `update_translations` target runs lupdate over the sources of every target
#   defined under src/ (core, store, services, cli, app, ...) and the forms in ui/.
#   The source list is collected when the whole project has been configured, so a
#   library added after src/app is still scanned.

function(_lejek_collect_translatable_sources dir out_var includes_var)
    set(result "")
    set(includes "")
    get_property(targets DIRECTORY "${dir}" PROPERTY BUILDSYSTEM_TARGETS)
    foreach(target IN LISTS targets)
        get_target_property(type ${target} TYPE)
        if(type STREQUAL "INTERFACE_LIBRARY" OR type STREQUAL "UTILITY")
            continue()
        endif()
        get_target_property(sources ${target} SOURCES)
        get_target_property(source_dir ${target} SOURCE_DIR)
        if(NOT sources)
            continue()
        endif()
        cmake_path(IS_PREFIX LEJEK_TRANSLATABLE_SRC "${source_dir}" target_in_src)
        if(NOT target_in_src)
            continue()
        endif()
        get_target_property(target_includes ${target} INCLUDE_DIRECTORIES)
        foreach(include IN LISTS target_includes)
            if(NOT include MATCHES "\\$<" AND IS_ABSOLUTE "${include}")
                list(APPEND includes "${include}")
            endif()
        endforeach()
        foreach(source IN LISTS sources)
            if(source MATCHES "\\$<" OR NOT source MATCHES "\\.(cpp|h|ui)$")
                continue()
            endif()
            if(NOT IS_ABSOLUTE "${source}")
                set(source "${source_dir}/${source}")
            endif()
            cmake_path(NORMAL_PATH source)
            cmake_path(IS_PREFIX LEJEK_TRANSLATABLE_SRC "${source}" in_src)
            cmake_path(IS_PREFIX LEJEK_TRANSLATABLE_UI "${source}" in_ui)
            if(in_src OR in_ui)
                list(APPEND result "${source}")
            endif()
        endforeach()
    endforeach()
    get_property(subdirs DIRECTORY "${dir}" PROPERTY SUBDIRECTORIES)
    foreach(subdir IN LISTS subdirs)
        _lejek_collect_translatable_sources("${subdir}" sub_result sub_includes)
        list(APPEND result ${sub_result})
        list(APPEND includes ${sub_includes})
    endforeach()
    set(${out_var} "${result}" PARENT_SCOPE)
    set(${includes_var} "${includes}" PARENT_SCOPE)
endfunction()

# Runs deferred, at the end of the top-level directory.
function(_lejek_add_lupdate target ts_files plurals_ts_files)
    set(LEJEK_TRANSLATABLE_SRC "${PROJECT_SOURCE_DIR}/src")
    set(LEJEK_TRANSLATABLE_UI "${PROJECT_SOURCE_DIR}/ui")
    _lejek_collect_translatable_sources("${PROJECT_SOURCE_DIR}" sources includes)
    list(REMOVE_DUPLICATES sources)
    list(SORT sources)
    list(REMOVE_DUPLICATES includes)
    # Relative locations (file, and line relative to the previous message) help the
    # translator without churning the whole .ts on every edit.
    set(options -no-obsolete -locations relative -no-ui-lines)
    qt_add_lupdate(${target}
        TS_FILES ${ts_files}
        SOURCES ${sources}
        INCLUDE_DIRECTORIES ${includes}
        OPTIONS ${options})
    if(plurals_ts_files)
        # Named after the target only; qt_add_lupdate needs no such target to exist.
        qt_add_lupdate(${target}_plurals
            TS_FILES ${plurals_ts_files}
            SOURCES ${sources}
            INCLUDE_DIRECTORIES ${includes}
            OPTIONS ${options} -pluralonly)
    endif()
endfunction()

function(lejek_add_translations target)
    cmake_parse_arguments(ARG "" "" "TS_FILES;PLURALS_TS_FILES" ${ARGN})
    qt_add_lrelease(${target}
        TS_FILES ${ARG_TS_FILES} ${ARG_PLURALS_TS_FILES}
        QM_FILES_OUTPUT_VARIABLE qm_files
        OPTIONS -silent)
    qt_add_resources(${target} "${target}_translations"
        PREFIX "/i18n"
        BASE "${CMAKE_CURRENT_BINARY_DIR}"
        FILES ${qm_files})
    cmake_language(EVAL CODE "
        cmake_language(DEFER DIRECTORY [[${PROJECT_SOURCE_DIR}]]
            CALL _lejek_add_lupdate [[${target}]] [[${ARG_TS_FILES}]] [[${ARG_PLURALS_TS_FILES}]])")
endfunction()
