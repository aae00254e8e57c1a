#include <map>

#include "modules/territory/application/access_rules.hpp"
#include "modules/territory/application/organisation_columns.hpp"
#include "modules/territory/application/organisation_fields.hpp"
#include "modules/territory/application/territory_service.hpp"
#include "platform/core/text.hpp"

namespace metodset::territory {
namespace {

constexpr std::size_t kMaxRows = 20000;

std::string Key(std::string_view text) { return core::LowerUtf8(core::NormaliseSpaces(text)); }

/// code or title (case-insensitive) → code.
std::map<std::string, std::string> CodeLookup(TerritoryStore& store, const std::string& catalogue) {
  std::map<std::string, std::string> lookup;
  for (const auto& item : store.Catalogue(catalogue)) {
    lookup[Key(item.code)] = item.code;
    lookup[Key(item.title)] = item.code;
  }
  return lookup;
}

std::vector<std::string> SplitList(const std::string& text) {
  std::vector<std::string> parts;
  std::string current;
  for (char c : text + ";") {
    if (c == ';' || c == ',') {
      auto part = core::NormaliseSpaces(current);
      if (!part.empty()) parts.push_back(part);
      current.clear();
    } else {
      current += c;
    }
  }
  return parts;
}

/// A row that passed every check, with what to do with it.
struct PlannedRow {
  int row = 0;
  Organisation organisation;
  std::optional<OrganisationView> existing;
  std::optional<core::Grant> grant;
};

class ImportPlanner {
 public:
  ImportPlanner(TerritoryStore& store, const core::Principal& principal, const office::Table& table)
      : store_(store), principal_(principal), table_(table) {}

  std::vector<PlannedRow> Plan(std::vector<ImportIssue>& issues) {
    if (!MapColumns(issues)) return {};
    kinds_ = CodeLookup(store_, "organisation-kinds");
    flags_ = CodeLookup(store_, "organisation-flags");
    auto vocabulary = detail::OrganisationVocabularyOf(store_);
    core::ScopeFilter everything;
    everything.all = true;
    for (auto& m : store_.Municipalities(everything, std::nullopt, std::nullopt)) {
      municipalities_.emplace(Key(m.name), m);
    }
    if (table_.rows.size() > kMaxRows) {
      issues.push_back({1, "", "", "В файле больше 20 000 строк: разделите его на части"});
      return {};
    }
    std::vector<PlannedRow> planned;
    std::map<std::string, int> inn_rows;
    std::map<std::string, int> name_rows;
    for (std::size_t i = 0; i < table_.rows.size(); ++i) {
      const int row_number = static_cast<int>(i) + 2;  // the header is row 1
      const auto& cells = table_.rows[i];
      bool empty = true;
      for (const auto& c : cells) empty = empty && core::NormaliseSpaces(c).empty();
      if (empty) continue;
      auto planned_row = PlanRow(row_number, cells, vocabulary, issues);
      if (!planned_row) continue;
      const auto& o = planned_row->organisation;
      if (o.inn) {
        auto [it, fresh] = inn_rows.emplace(*o.inn, row_number);
        if (!fresh) {
          Issue(issues, row_number, "inn", "ИНН повторяет строку " + std::to_string(it->second));
          continue;
        }
      }
      auto name_key = std::to_string(o.municipality_id) + "|" + Key(o.name);
      auto [it, fresh] = name_rows.emplace(name_key, row_number);
      if (!fresh) {
        Issue(issues, row_number, "name", "Наименование повторяет строку " + std::to_string(it->second));
        continue;
      }
      planned.push_back(std::move(*planned_row));
    }
    return planned;
  }

 private:
  bool MapColumns(std::vector<ImportIssue>& issues) {
    std::map<std::string, std::size_t> by_title;
    for (std::size_t i = 0; i < table_.header.size(); ++i) by_title.emplace(Key(table_.header[i]), i);
    for (const auto& column : detail::kOrganisationColumns) {
      auto it = by_title.find(Key(column.title));
      if (it != by_title.end()) {
        index_[std::string(column.field)] = it->second;
      } else if (column.required) {
        issues.push_back({1, "", std::string(column.title),
                          "В строке заголовков нет обязательного столбца «" + std::string(column.title) + "»"});
      }
    }
    if (table_.rows.empty() && issues.empty()) {
      issues.push_back({2, "", "", "В файле нет ни одной строки с данными"});
    }
    return issues.empty();
  }

  std::optional<std::string> Cell(const std::vector<std::string>& cells, const char* field) const {
    auto it = index_.find(field);
    if (it == index_.end() || it->second >= cells.size()) return std::nullopt;
    auto value = core::NormaliseSpaces(cells[it->second]);
    if (value.empty()) return std::nullopt;
    return value;
  }

  void Issue(std::vector<ImportIssue>& issues, int row, std::string_view field, std::string message) const {
    std::string letter;
    std::string title;
    for (const auto& column : detail::kOrganisationColumns) {
      if (column.field != field) continue;
      title = std::string(column.title);
      if (auto it = index_.find(std::string(field)); it != index_.end()) letter = office::ColumnLetter(it->second);
    }
    issues.push_back({row, letter, title, std::move(message)});
  }

  std::optional<PlannedRow> PlanRow(int row, const std::vector<std::string>& cells,
                                    const OrganisationVocabulary& vocabulary, std::vector<ImportIssue>& issues) {
    Organisation draft;
    auto municipality_name = Cell(cells, "municipality_id");
    if (!municipality_name) {
      Issue(issues, row, "municipality_id", "Укажите муниципальное образование");
      return std::nullopt;
    }
    auto m = municipalities_.find(Key(*municipality_name));
    if (m == municipalities_.end()) {
      Issue(issues, row, "municipality_id", "Муниципальное образование «" + *municipality_name + "» не найдено в реестре");
      return std::nullopt;
    }
    draft.municipality_id = m->second.id;
    draft.name = Cell(cells, "name").value_or("");
    draft.short_name = Cell(cells, "short_name").value_or("");
    if (auto kind = Cell(cells, "kind")) {
      auto code = kinds_.find(Key(*kind));
      if (code == kinds_.end()) {
        Issue(issues, row, "kind", "Неизвестный тип организации «" + *kind + "»");
        return std::nullopt;
      }
      draft.kind = code->second;
    }
    draft.inn = Cell(cells, "inn");
    draft.address = Cell(cells, "address");
    draft.head_name = Cell(cells, "head_name");
    draft.email = Cell(cells, "email");
    draft.phone = Cell(cells, "phone");
    if (auto flags = Cell(cells, "flags")) {
      for (const auto& part : SplitList(*flags)) {
        auto code = flags_.find(Key(part));
        if (code == flags_.end()) {
          Issue(issues, row, "flags", "Неизвестный признак «" + part + "»");
          return std::nullopt;
        }
        draft.flags.push_back(code->second);
      }
    }
    auto valid = ValidateOrganisation(std::move(draft), vocabulary);
    if (!valid) {
      Issue(issues, row, valid.error().field, valid.error().message);
      return std::nullopt;
    }
    PlannedRow planned{row, std::move(*valid), std::nullopt, std::nullopt};
    const auto& o = planned.organisation;
    planned.existing = o.inn ? store_.FindOrganisationByInn(*o.inn) : std::nullopt;
    if (!planned.existing) planned.existing = store_.FindOrganisationByName(o.municipality_id, o.name);
    planned.grant = principal_.GrantFor(access::PathOf(m->second), access::kOrganisationManagers);
    if (!planned.grant) {
      Issue(issues, row, "municipality_id", "Муниципальное образование «" + m->second.name + "» вне вашей территории");
      return std::nullopt;
    }
    if (planned.existing && !principal_.Reaches(access::PathOf(*planned.existing), access::kOrganisationManagers)) {
      Issue(issues, row, "inn", "Организация с этим ИНН относится к другой территории");
      return std::nullopt;
    }
    if (planned.existing) planned.organisation.id = planned.existing->organisation.id;
    return planned;
  }

  TerritoryStore& store_;
  const core::Principal& principal_;
  const office::Table& table_;
  std::map<std::string, std::size_t> index_;
  std::map<std::string, std::string> kinds_;
  std::map<std::string, std::string> flags_;
  std::multimap<std::string, Municipality> municipalities_;
};

}  // namespace

core::Result<ImportReport> TerritoryService::ImportOrganisations(const core::Actor& actor, const office::Table& table,
                                                                 bool commit) {
  if (!actor.principal) return core::Unauthenticated();
  if (core::ScopeFilterFor(*actor.principal, access::kOrganisationManagers).Empty()) {
    return core::Forbidden("Загружать организации могут региональный оператор и муниципальный координатор");
  }
  ImportReport report;
  auto now = core::FormatTimestamp(clock_.Now());
  const core::DomainError rejected{core::ErrorKind::kValidation, "import_rejected", "В файле есть ошибки", "file"};
  // Planning and writing share one transaction, so what was checked is what is written; any error (or a
  // preview) rolls the whole transaction back.
  auto done = storage_.Transact([&](TerritoryStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    ImportPlanner planner(store, *actor.principal, table);
    auto planned = planner.Plan(report.errors);
    if (!report.errors.empty()) return rejected;
    for (const auto& p : planned) {
      report.rows.push_back({p.row, p.existing ? "update" : "create", p.organisation.name});
      if (p.existing) {
        ++report.updated;
      } else {
        ++report.created;
      }
    }
    if (!commit) return core::Ok{};
    for (const auto& p : planned) {
      if (p.existing) {
        auto changes = detail::Diff(&p.existing->organisation, &p.organisation);
        if (changes.empty()) continue;
        store.UpdateOrganisation(p.organisation, now);
        auto e = audit::EntryFor(actor, "update", "organisation", p.organisation.id, access::PathOf(*p.existing), p.grant);
        e.detail = "Импорт, строка " + std::to_string(p.row);
        e.changes = std::move(changes);
        trail.Record(std::move(e));
      } else {
        auto id = store.InsertOrganisation(p.organisation, now);
        auto view = store.FindOrganisation(id);
        auto e = audit::EntryFor(actor, "create", "organisation", id, access::PathOf(*view), p.grant);
        e.detail = "Импорт, строка " + std::to_string(p.row);
        e.changes = detail::Diff(nullptr, &view->organisation);
        trail.Record(std::move(e));
      }
    }
    report.committed = true;
    return core::Ok{};
  });
  if (!done && done.error().code != "import_rejected") return done.error();
  return report;
}

}  // namespace metodset::territory
