# SPDX-License-Identifier: Apache-2.0
# One INTERFACE target with the language level, Qt strictness and warnings, linked by every target.
add_library(berth_options INTERFACE)
target_compile_features(berth_options INTERFACE cxx_std_20)
target_compile_definitions(berth_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
target_compile_options(berth_options INTERFACE -Wall -Wextra -Wpedantic)
if(BERTH_WERROR)
    target_compile_options(berth_options INTERFACE -Werror)
endif()
if(BERTH_FUZZ)
    # The fuzz build uses clang, whose extra warnings must not stop a fuzzing run; the gcc build keeps -Werror.
    target_compile_options(berth_options INTERFACE -Wno-error)
endif()
if(BERTH_SANITIZE)
    target_compile_options(berth_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(berth_options INTERFACE -fsanitize=address,undefined)
endif()

# core modules: one static library per core/ folder, Qt Core/Network/Concurrent only (and Sql, for the run
# history; a module asks for it with LIBS Qt6::Sql).
# The include check fails the build when a core source includes a header that none of those modules ship.
set(BERTH_CORE_QT_INCLUDE_DIRS "")
foreach(_mod Core Network Concurrent Sql)
    get_target_property(_dirs Qt6::${_mod} INTERFACE_INCLUDE_DIRECTORIES)
    list(APPEND BERTH_CORE_QT_INCLUDE_DIRS ${_dirs})
endforeach()
set_property(GLOBAL PROPERTY BERTH_CORE_MODULES "")

function(berth_core_module name)
    cmake_parse_arguments(ARG "" "" "SOURCES;DEPENDS;LIBS" ${ARGN})
    set(target berth_core_${name})
    add_library(${target} STATIC ${ARG_SOURCES})
    target_link_libraries(${target} PUBLIC berth_options Qt6::Core Qt6::Network Qt6::Concurrent ${ARG_LIBS})
    foreach(dep ${ARG_DEPENDS})
        target_link_libraries(${target} PUBLIC berth_core_${dep})
    endforeach()
    # A module's consumers see only its own folder: a per-module include root in the build tree holds one link,
    # <name> -> core/<name>, so "engine/x.h" resolves only for targets that link berth_core_engine (directly or
    # through a module that declares it), and a dependency missing from DEPENDS fails to compile.
    set(root ${CMAKE_BINARY_DIR}/core_include/${name})
    file(MAKE_DIRECTORY ${root})
    file(CREATE_LINK ${PROJECT_SOURCE_DIR}/core/${name} ${root}/${name} SYMBOLIC)
    target_include_directories(${target} PUBLIC ${root})
    set(stamp ${CMAKE_CURRENT_BINARY_DIR}/${target}.layercheck)
    set(abs_sources "")
    foreach(src ${ARG_SOURCES})
        get_filename_component(abs ${src} ABSOLUTE)
        list(APPEND abs_sources ${abs})
    endforeach()
    string(REPLACE ";" "|" sources_arg "${abs_sources}")
    string(REPLACE ";" "|" dirs_arg "${BERTH_CORE_QT_INCLUDE_DIRS}")
    add_custom_command(OUTPUT ${stamp}
        COMMAND ${CMAKE_COMMAND} "-DSOURCES=${sources_arg}" "-DQT_DIRS=${dirs_arg}"
                "-DCORE_DIR=${PROJECT_SOURCE_DIR}/core" -DSTAMP=${stamp}
                -P ${PROJECT_SOURCE_DIR}/cmake/CheckCoreIncludes.cmake
        DEPENDS ${abs_sources} ${PROJECT_SOURCE_DIR}/cmake/CheckCoreIncludes.cmake
        COMMENT "Checking that ${target} stays free of Gui and Widgets" VERBATIM)
    add_custom_target(${target}_layercheck DEPENDS ${stamp})
    add_dependencies(${target} ${target}_layercheck)
    set_property(GLOBAL APPEND PROPERTY BERTH_CORE_MODULES ${target})
endfunction()

# ui modules: one static library per ui/ folder (Widgets allowed); berth_ui bundles them all.
set_property(GLOBAL PROPERTY BERTH_UI_MODULES "")
function(berth_ui_module name)
    cmake_parse_arguments(ARG "" "" "SOURCES;DEPENDS;LIBS" ${ARGN})
    set(target berth_ui_${name})
    add_library(${target} STATIC ${ARG_SOURCES})
    target_link_libraries(${target} PUBLIC berth_options berth_core Qt6::Widgets ${ARG_LIBS})
    foreach(dep ${ARG_DEPENDS})
        target_link_libraries(${target} PUBLIC berth_ui_${dep})
    endforeach()
    target_include_directories(${target} PUBLIC ${PROJECT_SOURCE_DIR}/ui)
    set_property(GLOBAL APPEND PROPERTY BERTH_UI_MODULES ${target})
endfunction()
