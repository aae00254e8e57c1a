#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "platform/core/result.hpp"

namespace metodset::territory {

/// An educational organisation (ОО) or another organisation of the territory (SPEC §2).
struct Organisation {
  std::int64_t id = 0;
  std::int64_t municipality_id = 0;
  std::string name;
  std::string short_name;
  std::string kind;  // catalogue organisation-kinds
  std::optional<std::string> inn;
  std::optional<std::string> address;
  std::optional<std::string> head_name;
  std::optional<std::string> email;
  std::optional<std::string> phone;
  std::vector<std::string> flags;  // catalogue organisation-flags, sorted
  std::string created_at;
  std::string updated_at;
};

/// The codes a draft may use, taken from the catalogues.
struct OrganisationVocabulary {
  std::set<std::string> kinds;
  std::set<std::string> flags;
};

/// Normalises a draft (spaces, short name defaulting to the name, e-mail lower-cased, flags sorted and
/// de-duplicated) and checks every field; the first problem is returned naming its field.
core::Result<Organisation> ValidateOrganisation(Organisation draft, const OrganisationVocabulary& vocabulary);

/// Whether a 10-digit INN of a legal entity has a correct check digit.
bool IsValidLegalEntityInn(const std::string& inn);

}  // namespace metodset::territory
