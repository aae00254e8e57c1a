# Методсеть — the two commands that matter: `make run` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := run

BUILD      ?= build
ASAN_BUILD ?= build-asan
JOBS       ?= $(shell nproc)
DB         ?= sqlite://var/metodset.db
LISTEN     ?= 127.0.0.1:8080
CMAKE_FLAGS ?=

.PHONY: setup build build-cpp build-web openapi run test test-unit test-storage test-api test-e2e test-asan \
        bench format lint clean

setup:
	@scripts/setup.sh

$(BUILD)/build.ninja:
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS)

build-cpp: $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)

# The UI's API types are generated from the OpenAPI document the server itself produces.
openapi: build-cpp
	@mkdir -p docs/api
	$(BUILD)/bin/metodset openapi > docs/api/openapi.json.tmp && mv docs/api/openapi.json.tmp docs/api/openapi.json

build-web: openapi
	@if [ -f web/package.json ]; then cd web && npm run --silent gen:api && npm run --silent build; fi

build: setup build-cpp build-web

run: build
	@$(BUILD)/bin/metodset demo --db "$(DB)"
	@echo
	@echo "Методсеть: http://$(LISTEN)"
	@echo
	exec $(BUILD)/bin/metodset serve --db "$(DB)" --listen "$(LISTEN)" --static web/dist

test: build
	@scripts/run_tests.sh "$(BUILD)" "$(ASAN_BUILD)" "$(JOBS)"

test-unit: build-cpp
	cd $(BUILD) && ctest -L unit --output-on-failure -j $(JOBS)

test-asan:
	cmake -S . -B $(ASAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DMETODSET_SANITIZE=ON
	cmake --build $(ASAN_BUILD) -j $(JOBS) --target unit_tests
	cd $(ASAN_BUILD) && ctest -L unit --output-on-failure -j $(JOBS)

bench: build
	cmake --build $(BUILD) -j $(JOBS) --target bench_hello_beast
	bench/run.sh "$(BUILD)"

format:
	find src bench tests -name '*.cpp' -o -name '*.hpp' | xargs clang-format -i

lint: $(BUILD)/build.ninja
	find src -name '*.cpp' ! -name '*_test.cpp' | xargs clang-tidy -p $(BUILD) --quiet

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) web/dist
