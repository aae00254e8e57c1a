#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "platform/core/principal.hpp"
#include "platform/core/result.hpp"
#include "platform/http/request.hpp"

namespace metodset::http {

/// The caller of a request as use cases take it (principal, ip, request id). Valid while `request` lives.
core::Actor ActorOf(const Request& request);
/// A positive id from a path or query parameter; a validation error naming `field` otherwise.
core::Result<std::int64_t> ParseId(std::string_view text, std::string_view field);
/// The `{id}` path parameter as an id; 404 when it is not a positive integer (an address that names nothing).
core::Result<std::int64_t> PathId(const Request& request, std::string_view name = "id");

/// `{"$ref":"#/components/schemas/NAME"}`.
std::string RefSchema(std::string_view name);
/// The list envelope schema `{"items":[NAME],"total","page","size"}`.
std::string ListSchema(std::string_view item_name);

}  // namespace metodset::http
