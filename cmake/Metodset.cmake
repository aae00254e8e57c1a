# metodset_library(NAME SOURCES ... DEPS ...): a static library of one layer. Include paths are the
# src/ root only, so every include names its folder ("platform/core/result.hpp"); the layer direction
# is enforced by which DEPS a target lists (a wrong include fails to compile or link).
function(metodset_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(${name} PUBLIC ${ARG_DEPS})
endfunction()

# metodset_test(NAME SOURCES ... DEPS ...): a GoogleTest binary registered with ctest under label `unit`.
function(metodset_test name)
  if(NOT METODSET_TESTS)
    return()
  endif()
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} GTest::gtest GTest::gtest_main)
  set(labels unit)
  if(ARG_LABELS)
    set(labels ${ARG_LABELS})
  endif()
  gtest_discover_tests(${name} PROPERTIES LABELS "${labels}" DISCOVERY_TIMEOUT 30)
  set_property(GLOBAL APPEND PROPERTY METODSET_UNIT_TESTS ${name})
endfunction()
