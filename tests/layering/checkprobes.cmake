# SPDX-License-Identifier: Apache-2.0
# Builds both probes: the declared one must compile, the undeclared one must fail because the header is not found
# (any other failure, e.g. a broken probe, does not count as proof).
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target berth_layering_probe_declared
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "declared headers did not compile:\n${out}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target berth_layering_probe_undeclared
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(rc EQUAL 0)
    message(FATAL_ERROR "berth_core_gpu consumers can include launch/launchspec.h without declaring launch")
endif()
if(NOT out MATCHES "launch/launchspec\\.h['\"]?: No such file or directory|'launch/launchspec\\.h' file not found")
    message(FATAL_ERROR "the undeclared probe failed for another reason:\n${out}")
endif()
message(STATUS "undeclared module header refused as expected")
