#pragma once
// The JSON form of a pool profile, as the API sends it and the storage keeps it. The heavy JSON header stays in
// profile_json.cpp; this header speaks strings only.

#include <string>
#include <string_view>

#include "modules/pool/domain/pool_profile.hpp"
#include "platform/core/result.hpp"

namespace metodset::pool {

/// The profile as a JSON object with its keys in the order of the regulation.
std::string ProfileToJson(const PoolProfile& profile);

/// Reads the JSON form; a missing or mistyped field is an error naming it (`criteria[1].number`). The rules of
/// a usable profile are ValidateProfile's.
core::Result<PoolProfile> ProfileFromJson(std::string_view json);

}  // namespace metodset::pool
