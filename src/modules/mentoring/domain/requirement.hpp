#pragma once
// A rule of the mentoring profile checked against facts, with the evidence in Russian (SPEC §5: "explains
// each requirement met or failed with the evidence it used").

#include <string>
#include <string_view>
#include <vector>

namespace metodset::mentoring {

/// One requirement of the regulation checked against the facts: met or not, and the Russian text naming the
/// evidence used.
struct Requirement {
  std::string code;     // stable, for the UI and tests: "mentor_experience", "free_slot", …
  std::string section;  // the section of the profile's regulation, e.g. "3.3"
  bool met = false;
  bool blocking = true;  // false: shown to the user but does not decide (advice, or a step of a later stage)
  std::string text;  // the rule and the evidence, e.g. «Стаж педагогической деятельности на 01.09.2024 — …»
};

/// A decision with its reasons: every requirement checked, in the order of the regulation.
struct Assessment {
  std::vector<Requirement> requirements;

  /// Every blocking requirement is met.
  bool Passed() const;
  /// The requirement with this code, or nullptr.
  const Requirement* Find(std::string_view code) const;
  /// The codes of the blocking requirements that failed, in order.
  std::vector<std::string> FailedCodes() const;
};

}  // namespace metodset::mentoring
