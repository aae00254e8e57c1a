#pragma once

// Helpers for handlers: parse JSON bodies and read typed fields with Russian messages naming the field.
// Include only in http/ layers (nlohmann/json is heavy).

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "platform/core/result.hpp"
#include "platform/http/request.hpp"
#include "platform/http/response.hpp"

namespace metodset::http {

using Json = nlohmann::json;

/// Parses the request body as a JSON object; a BadRequest error otherwise.
core::Result<Json> ParseJsonObject(const Request& request);
/// A required string field; Validation error naming the field if missing, empty or not a string.
core::Result<std::string> RequiredString(const Json& body, const char* field, const char* label);
/// An optional string field (null and absent are nullopt); error if present with another type.
core::Result<std::optional<std::string>> OptionalString(const Json& body, const char* field, const char* label);
core::Result<std::optional<std::int64_t>> OptionalInt(const Json& body, const char* field, const char* label);
core::Result<std::int64_t> RequiredInt(const Json& body, const char* field, const char* label);
core::Result<bool> OptionalBool(const Json& body, const char* field, const char* label, bool fallback);

/// A JSON response.
Response JsonResponse(const Json& body, int status = 200);

/// Paging read from `page` and `size` query parameters (page from 1; size 1..500, default 50).
struct Paging {
  int page = 1;
  int size = 50;
};
core::Result<Paging> ReadPaging(const Request& request);
/// `{"items":[...],"total":N,"page":P,"size":S}`.
Json ListEnvelope(Json items, std::int64_t total, const Paging& paging);

}  // namespace metodset::http
