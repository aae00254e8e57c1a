#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/result.hpp"

namespace metodset::office {

/// Values to put into a template: `{{name}}` placeholders take `fields`; a table row marked with
/// `{{#rows:NAME}}` in its first cell repeats once per entry of `tables[NAME]`, its placeholders taken
/// from that entry.
struct DocxData {
  std::map<std::string, std::string> fields;
  std::map<std::string, std::vector<std::map<std::string, std::string>>> tables;
};

/// Fills a WordprocessingML template (`templates/docx/NAME.xml`, the body of word/document.xml, embedded
/// into the binary) and packs a complete DOCX (libzip). Values are XML-escaped; line breaks become <w:br/>.
/// Fails with a validation error naming a placeholder that has no value.
core::Result<std::string> RenderDocx(std::string_view template_name, const DocxData& data);
/// The same from template text given directly (tests, user-supplied templates).
core::Result<std::string> RenderDocxFromXml(std::string_view document_xml, const DocxData& data);
/// The names of embedded templates.
std::vector<std::string> DocxTemplateNames();

}  // namespace metodset::office
