#include "modules/territory/domain/organisation.hpp"

#include <algorithm>

#include "platform/core/text.hpp"

namespace metodset::territory {
namespace {

constexpr std::size_t kMaxName = 500;
constexpr std::size_t kMaxShortName = 200;
constexpr std::size_t kMaxText = 1000;

std::optional<std::string> Clean(const std::optional<std::string>& value) {
  if (!value) return std::nullopt;
  auto cleaned = core::NormaliseSpaces(*value);
  if (cleaned.empty()) return std::nullopt;
  return cleaned;
}

bool IsPhone(const std::string& phone) {
  int digits = 0;
  for (char c : phone) {
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (c != '+' && c != '(' && c != ')' && c != '-' && c != ' ' && c != ',') {
      return false;
    }
  }
  return digits >= 5 && digits <= 30;
}

}  // namespace

bool IsValidLegalEntityInn(const std::string& inn) {
  if (inn.size() != 10 || !std::all_of(inn.begin(), inn.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return false;
  }
  static constexpr int kWeights[] = {2, 4, 10, 3, 5, 9, 4, 6, 8};
  int sum = 0;
  for (int i = 0; i < 9; ++i) sum += kWeights[i] * (inn[i] - '0');
  return (sum % 11) % 10 == inn[9] - '0';
}

core::Result<Organisation> ValidateOrganisation(Organisation d, const OrganisationVocabulary& vocabulary) {
  d.name = core::NormaliseSpaces(d.name);
  d.short_name = core::NormaliseSpaces(d.short_name);
  if (d.name.empty()) return core::ValidationError("name", "Укажите полное наименование организации");
  if (core::Utf8Length(d.name) > kMaxName) {
    return core::ValidationError("name", "Наименование длиннее 500 символов");
  }
  if (d.short_name.empty()) d.short_name = d.name;
  if (core::Utf8Length(d.short_name) > kMaxShortName) {
    return core::ValidationError("short_name", "Краткое наименование длиннее 200 символов");
  }
  if (d.municipality_id <= 0) return core::ValidationError("municipality_id", "Укажите муниципальное образование");
  if (d.kind.empty()) return core::ValidationError("kind", "Укажите тип организации");
  if (!vocabulary.kinds.contains(d.kind)) return core::ValidationError("kind", "Неизвестный тип организации");
  d.inn = Clean(d.inn);
  if (d.inn) {
    if (d.inn->size() != 10 || d.inn->find_first_not_of("0123456789") != std::string::npos) {
      return core::ValidationError("inn", "ИНН организации должен состоять из 10 цифр");
    }
    if (!IsValidLegalEntityInn(*d.inn)) {
      return core::ValidationError("inn", "ИНН не проходит проверку контрольной цифры");
    }
  }
  d.address = Clean(d.address);
  d.head_name = Clean(d.head_name);
  if ((d.address && core::Utf8Length(*d.address) > kMaxText) ||
      (d.head_name && core::Utf8Length(*d.head_name) > kMaxText)) {
    return core::ValidationError(d.address && core::Utf8Length(*d.address) > kMaxText ? "address" : "head_name",
                                 "Значение длиннее 1000 символов");
  }
  d.email = Clean(d.email);
  if (d.email) {
    d.email = core::LowerUtf8(*d.email);
    if (!core::IsPlausibleEmail(*d.email)) {
      return core::ValidationError("email", "Адрес электронной почты указан неверно (пример: school1@obr.ru)");
    }
  }
  d.phone = Clean(d.phone);
  if (d.phone && !IsPhone(*d.phone)) {
    return core::ValidationError("phone", "Телефон может содержать только цифры, пробелы, +, скобки и дефисы");
  }
  std::sort(d.flags.begin(), d.flags.end());
  d.flags.erase(std::unique(d.flags.begin(), d.flags.end()), d.flags.end());
  for (const auto& flag : d.flags) {
    if (!vocabulary.flags.contains(flag)) return core::ValidationError("flags", "Неизвестный признак организации: " + flag);
  }
  return d;
}

}  // namespace metodset::territory
