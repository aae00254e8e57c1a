# Included by ctest before the discovered test list: the list depends on METODSET_TEST_PG (which backends
# TestBackendNames() returns), so a change of that variable since the last run forces rediscovery instead
# of silently reusing a list without (or with stale) PostgreSQL cases.
set(_stamp "${CMAKE_CURRENT_LIST_DIR}/backends.stamp")
set(_now "pg=$ENV{METODSET_TEST_PG};require=$ENV{METODSET_REQUIRE_PG}")
set(_before "")
if(EXISTS "${_stamp}")
  file(READ "${_stamp}" _before)
endif()
if(NOT _before STREQUAL _now)
  file(GLOB _lists "${CMAKE_CURRENT_LIST_DIR}/*_tests.cmake")
  if(_lists)
    file(REMOVE ${_lists})
  endif()
  file(WRITE "${_stamp}" "${_now}")
endif()
