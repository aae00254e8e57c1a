#pragma once

// The tail every handler shares: answer a use case's result as JSON, or its error through the one error→status
// mapping (ErrorResponse). Include only in http/ layers.

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "platform/core/result.hpp"
#include "platform/http/json_body.hpp"
#include "platform/http/request.hpp"
#include "platform/http/request_context.hpp"
#include "platform/http/response.hpp"

namespace metodset::http {

/// `to_json(*result)` with `status`, or the error of `result`.
template <class T, class F>
Response Reply(const core::Result<T>& result, F&& to_json, int status = 200) {
  if (!result) return ErrorResponse(result.error());
  return JsonResponse(std::forward<F>(to_json)(*result), status);
}

/// `[item_json(x)...]`: a JSON array with one element per item of `list`, in order.
template <class T, class F>
Json JsonArray(const std::vector<T>& list, F&& item_json) {
  Json items = Json::array();
  for (const auto& item : list) items.push_back(item_json(item));
  return items;
}

/// `{"items":[item_json(x)...]}` of a list result, or its error.
template <class T, class F>
Response ReplyItems(const core::Result<std::vector<T>>& result, F&& item_json, int status = 200) {
  if (!result) return ErrorResponse(result.error());
  return JsonResponse({{"items", JsonArray(*result, std::forward<F>(item_json))}}, status);
}

/// `handle(id)` with the `{name}` path parameter, or the PathId error (404) when it is not an id.
template <class F>
Response WithPathId(const Request& request, F&& handle, std::string_view name = "id") {
  auto id = PathId(request, name);
  if (!id) return ErrorResponse(id.error());
  return std::forward<F>(handle)(*id);
}

/// `handle(body)` with the request body as a JSON object, or the ParseJsonObject error (400).
template <class F>
Response WithJsonObject(const Request& request, F&& handle) {
  auto body = ParseJsonObject(request);
  if (!body) return ErrorResponse(body.error());
  return std::forward<F>(handle)(*body);
}

}  // namespace metodset::http
