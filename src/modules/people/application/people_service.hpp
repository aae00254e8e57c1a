#pragma once

#include <array>
#include <string_view>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "modules/people/application/people_store.hpp"
#include "platform/core/clock.hpp"
#include "platform/core/territory_locator.hpp"
#include "platform/office/xlsx_writer.hpp"

namespace metodset::people {

/// A card with its place, timestamps and the facts derived as of a date.
struct PersonCard {
  PersonRecord record;
  DerivedFacts derived;
};

/// Persons with the same ФИО and birth date: those the caller sees, and whether others exist elsewhere.
struct Duplicates {
  std::vector<PersonListItem> items;
  bool outside_scope = false;
};

/// The people registry use cases (SPEC §3, docs/api/PEOPLE.md): scoped lists, cards, writes (audited,
/// one transaction each), duplicates, export, and the teacher's own card.
class PeopleService {
 public:
  PeopleService(PeopleStorage& storage, core::TerritoryLocator& locator, const core::Clock& clock)
      : storage_(storage), locator_(locator), clock_(clock) {}

  core::Result<PersonPage> List(const core::Actor& actor, const PersonFilter& filter);
  /// The same into a page the caller keeps (refilled in place, its strings reused: the hottest list).
  core::Result<void> List(const core::Actor& actor, const PersonFilter& filter, PersonPage& page);
  core::Result<PersonCard> Get(const core::Actor& actor, std::int64_t id, std::optional<core::Date> on);
  core::Result<PersonCard> Create(const core::Actor& actor, Person draft, bool allow_duplicate);
  core::Result<PersonCard> Update(const core::Actor& actor, std::int64_t id, Person draft);
  core::Result<void> Delete(const core::Actor& actor, std::int64_t id);
  core::Result<Duplicates> FindDuplicates(const core::Actor& actor, const Person& key);
  /// The filtered list as a worksheet; the export is audited (SPEC §14).
  core::Result<office::Sheet> Export(const core::Actor& actor, PersonFilter filter);

  core::Result<PersonCard> Me(const core::Actor& actor, std::optional<core::Date> on);
  core::Result<PersonCard> UpdateMyContacts(const core::Actor& actor, std::optional<std::string> email,
                                            std::optional<std::string> phone);
  /// SPEC §14: a withdrawn consent keeps its record with the withdrawal date.
  core::Result<PersonCard> WithdrawMyConsent(const core::Actor& actor, std::int64_t consent_id);

  /// Today by the service's clock (lists evaluate statuses as of it).
  core::Date Today() const { return clock_.Today(); }
  /// The statuses of a list row as of `today` (the same rules as Derive, on the summary columns).
  /// The status codes of a row (at most four, static strings: no allocation per row).
  struct Statuses {
    std::array<std::string_view, 4> codes;
    std::size_t size = 0;
    const std::string_view* begin() const { return codes.data(); }
    const std::string_view* end() const { return codes.data() + size; }
  };
  static Statuses StatusesOf(const PersonListItem& item, const core::Date& today,
                                             int attestation_months = 6);
  /// The category of a list row in force on `today`, "none" if none.
  static std::string CategoryInForceOf(const PersonListItem& item, const core::Date& today);

 private:
  core::Result<PersonCard> Save(const core::Actor& actor, std::optional<std::int64_t> id, Person draft,
                                bool allow_duplicate, bool self);
  PeopleStorage& storage_;
  core::TerritoryLocator& locator_;
  const core::Clock& clock_;
};

}  // namespace metodset::people
