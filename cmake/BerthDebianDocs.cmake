# SPDX-License-Identifier: Apache-2.0
# CPack runs this after installing into its staging folder: Debian wants copyright and changelog.gz (a native package) in
# /usr/share/doc/berth, where a plain install has LICENSE.
set(_doc "${CPACK_TEMPORARY_INSTALL_DIRECTORY}${CPACK_PACKAGING_INSTALL_PREFIX}/share/doc/berth")
if(NOT EXISTS "${_doc}/LICENSE")
    message(FATAL_ERROR "BerthDebianDocs: no ${_doc}/LICENSE; the install layout changed")
endif()
file(REMOVE "${_doc}/LICENSE")
file(COPY_FILE "${CPACK_BERTH_DEBIAN_DIR}/copyright" "${_doc}/copyright")
execute_process(COMMAND gzip -9nc "${CPACK_BERTH_DEBIAN_DIR}/changelog" OUTPUT_FILE "${_doc}/changelog.gz"
                COMMAND_ERROR_IS_FATAL ANY)
