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

/// Fills a WordprocessingML template (`templates/docx/NAME.xml`, embedded into the binary at build time)
/// and packs a complete DOCX (libzip): A4, margins 2/1.5/2/3 cm, Normal style Times New Roman 14 pt,
/// styles Title, Heading1, Heading2 and TableGrid. A template is the content of <w:body> without
/// namespace declarations (the renderer wraps it and adds <w:sectPr> unless the template has one); a
/// complete <w:document> is accepted as well. XML comments in templates are dropped. Values are
/// XML-escaped; `\n` becomes <w:br/> and `\t` <w:tab/> in the same run. A placeholder that Word split
/// across runs of one paragraph is joined. A row placeholder takes the entry's value, else the field's.
/// Fails with a validation error whose field names the placeholder without a value (`signer_name`,
/// `items[2].text`, or the table name `items`), with field "template" for a malformed template, and with
/// kNotFound for an unknown template name (with or without `.xml`).
core::Result<std::string> RenderDocx(std::string_view template_name, const DocxData& data);
/// The same from template text given directly (tests, user-supplied templates).
core::Result<std::string> RenderDocxFromXml(std::string_view document_xml, const DocxData& data);
/// The names of embedded templates.
std::vector<std::string> DocxTemplateNames();

}  // namespace metodset::office
