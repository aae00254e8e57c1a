#include "modules/mentoring/domain/requirement.hpp"

#include <algorithm>

namespace metodset::mentoring {

bool Assessment::Passed() const {
  return std::all_of(requirements.begin(), requirements.end(),
                     [](const Requirement& r) { return r.met || !r.blocking; });
}

const Requirement* Assessment::Find(std::string_view code) const {
  for (const auto& r : requirements) {
    if (r.code == code) return &r;
  }
  return nullptr;
}

std::vector<std::string> Assessment::FailedCodes() const {
  std::vector<std::string> codes;
  for (const auto& r : requirements) {
    if (!r.met && r.blocking) codes.push_back(r.code);
  }
  return codes;
}

}  // namespace metodset::mentoring
