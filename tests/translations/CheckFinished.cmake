# SPDX-FileCopyrightText: 2026 Lejek authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a translation has unfinished entries: every string the users read must be
# translated (run the update_translations target, then translate what it added).
execute_process(COMMAND "${LRELEASE}" "${TS_FILE}" -qm "${QM_FILE}"
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lrelease failed on ${TS_FILE}: ${err}")
endif()
if(NOT out MATCHES " 0 unfinished")
    message(FATAL_ERROR "${TS_FILE} has unfinished translations: ${out}")
endif()
message(STATUS "${out}")
