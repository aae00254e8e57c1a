#include "platform/office/docx_writer.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <ctime>
#include <functional>
#include <iterator>
#include <optional>

#include "platform/core/text.hpp"
#include "platform/office/docx_templates.hpp"
#include "platform/office/xml_reader.hpp"
#include "platform/office/zip_archive.hpp"

namespace metodset::office {
namespace {

constexpr std::string_view kXmlDeclaration = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)";
constexpr std::string_view kWordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view kRowsMarker = "{{#rows:";
// Ends a text node, puts a break or tab into the same run and opens the next text node.
constexpr std::string_view kLineBreak = R"(</w:t><w:br/><w:t xml:space="preserve">)";
constexpr std::string_view kTab = R"(</w:t><w:tab/><w:t xml:space="preserve">)";

// A4 portrait; margins 2 / 1.5 / 2 / 3 cm (top/right/bottom/left) as in ГОСТ Р 7.0.97-2016 for documents.
constexpr std::string_view kSectionProperties =
    R"(<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>)"
    R"(<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="709" w:footer="709" w:gutter="0"/>)"
    R"(<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>)";

constexpr std::string_view kContentTypes =
    R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
    R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
    R"(<Default Extension="xml" ContentType="application/xml"/>)"
    R"(<Override PartName="/word/document.xml" )"
    R"(ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>)"
    R"(<Override PartName="/word/styles.xml" )"
    R"(ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>)"
    R"(<Override PartName="/word/settings.xml" )"
    R"(ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>)"
    R"(<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>)"
    R"(<Override PartName="/docProps/app.xml" )"
    R"(ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>)"
    R"(</Types>)";

constexpr std::string_view kPackageRelationships =
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" )"
    R"(Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" )"
    R"(Target="word/document.xml"/>)"
    R"(<Relationship Id="rId2" )"
    R"(Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" )"
    R"(Target="docProps/core.xml"/>)"
    R"(<Relationship Id="rId3" )"
    R"(Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" )"
    R"(Target="docProps/app.xml"/>)"
    R"(</Relationships>)";

constexpr std::string_view kDocumentRelationships =
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" )"
    R"(Target="styles.xml"/>)"
    R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" )"
    R"(Target="settings.xml"/>)"
    R"(</Relationships>)";

constexpr std::string_view kSettings =
    R"(<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
    R"(<w:defaultTabStop w:val="709"/><w:characterSpacingControl w:val="doNotCompress"/>)"
    R"(<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" )"
    R"(w:val="15"/></w:compat><w:themeFontLang w:val="ru-RU"/></w:settings>)";

#define METODSET_TNR \
  R"(<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>)"
#define METODSET_BORDER(side) "<w:" side R"( w:val="single" w:sz="4" w:space="0" w:color="000000"/>)"

// Times New Roman 14 pt, single spacing: the usual form of Russian official documents.
constexpr std::string_view kStyles =
    R"(<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
    R"(<w:docDefaults><w:rPrDefault><w:rPr>)" METODSET_TNR
    R"(<w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="ru-RU" w:eastAsia="ru-RU" w:bidi="ar-SA"/>)"
    R"(</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>)"
    R"(</w:pPr></w:pPrDefault></w:docDefaults>)"
    R"(<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>)"
    R"(<w:rPr>)" METODSET_TNR R"(<w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>)"
    R"(<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">)"
    R"(<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>)"
    R"(<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>)"
    R"(<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>)"
    R"(<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>)"
    R"(<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>)"
    R"(<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>)"
    R"(<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>)"
    R"(<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>)"
    R"(<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="240" w:after="240"/><w:jc w:val="center"/>)"
    R"(</w:pPr><w:rPr><w:b/><w:bCs/><w:spacing w:val="40"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>)"
    R"(<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>)"
    R"(<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/>)"
    R"(<w:spacing w:before="240" w:after="120"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr>)"
    R"(<w:rPr><w:b/><w:bCs/></w:rPr></w:style>)"
    R"(<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>)"
    R"(<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/>)"
    R"(<w:spacing w:before="200" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr>)"
    R"(</w:style>)"
    R"(<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>)"
    R"(<w:uiPriority w:val="39"/><w:tblPr><w:tblBorders>)" METODSET_BORDER("top") METODSET_BORDER("left")
        METODSET_BORDER("bottom") METODSET_BORDER("right") METODSET_BORDER("insideH")
            METODSET_BORDER("insideV") R"(</w:tblBorders></w:tblPr></w:style>)"
                                       R"(</w:styles>)";

#undef METODSET_BORDER
#undef METODSET_TNR

constexpr std::string_view kApp =
    R"(<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" )"
    R"(xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">)"
    R"(<Application>Методсеть</Application><DocSecurity>0</DocSecurity></Properties>)";

core::DomainError TemplateError(std::string message) {
  return core::ValidationError("template", std::move(message), "template_invalid");
}

std::string EscapeXml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// A value inside <w:t>: escaped, with line breaks and tabs as Word elements, and without the control
// characters that XML 1.0 cannot carry at all.
std::string RunText(std::string_view value) {
  std::string ascii;
  if (!core::IsValidUtf8(value)) {
    // Word refuses the whole file over one bad byte; keep only the ASCII of a broken value.
    std::copy_if(value.begin(), value.end(), std::back_inserter(ascii),
                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    value = ascii;
  }
  std::string out;
  for (std::size_t i = 0; i < value.size(); ++i) {
    char c = value[i];
    if (c == '\r') {
      if (i + 1 < value.size() && value[i + 1] == '\n') continue;
      out += kLineBreak;
    } else if (c == '\n') {
      out += kLineBreak;
    } else if (c == '\t') {
      out += kTab;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      continue;
    } else if (c == '{') {
      // A value is never read as a placeholder later (row values are filled before document fields).
      out += "&#123;";
    } else {
      out += EscapeXml(std::string_view(&value[i], 1));
    }
  }
  return out;
}

bool IsTagAt(std::string_view xml, std::size_t pos, std::string_view tag) {
  if (xml.compare(pos, tag.size(), tag) != 0) return false;
  std::size_t after = pos + tag.size();
  return after < xml.size() && (xml[after] == '>' || xml[after] == ' ' || xml[after] == '/');
}

// Word splits typed text into runs at will (spell-check marks, edits), so `{{name}}` may arrive as
// `{{na` + `me}}` in two <w:t>. Each placeholder that spans text nodes of one paragraph is moved whole
// into the node where it starts.
std::string JoinSplitPlaceholders(std::string_view xml) {
  struct TextNode {
    std::size_t begin;
    std::size_t end;
  };
  std::vector<TextNode> nodes;
  std::string joined;              // the text of all nodes; '\n' marks a paragraph end
  std::vector<std::size_t> owner;  // for each char of `joined`: the node it belongs to (npos for '\n')
  std::size_t pos = 0;
  while (true) {
    std::size_t tag = xml.find("<w:t", pos);
    std::size_t paragraph_end = xml.find("</w:p>", pos);
    if (paragraph_end != std::string_view::npos && paragraph_end < tag) {
      joined += '\n';
      owner.push_back(std::string_view::npos);
      pos = paragraph_end + 6;
      continue;
    }
    if (tag == std::string_view::npos) break;
    std::size_t close = xml.find('>', tag);
    if (!IsTagAt(xml, tag, "<w:t") || close == std::string_view::npos || xml[close - 1] == '/') {
      pos = tag + 4;
      continue;
    }
    std::size_t end = xml.find("</w:t>", close);
    if (end == std::string_view::npos) break;
    nodes.push_back({close + 1, end});
    for (std::size_t i = close + 1; i < end; ++i) {
      joined += xml[i];
      owner.push_back(nodes.size() - 1);
    }
    pos = end + 6;
  }

  bool changed = false;
  for (std::size_t open = joined.find("{{"); open != std::string::npos; open = joined.find("{{", open + 2)) {
    std::size_t close = joined.find("}}", open + 2);
    if (close == std::string::npos) break;
    std::string_view inner = std::string_view(joined).substr(open + 2, close - open - 2);
    if (inner.find('\n') != std::string_view::npos || inner.find("{{") != std::string_view::npos) continue;
    if (owner[close + 1] != owner[open]) {
      std::fill(owner.begin() + static_cast<std::ptrdiff_t>(open),
                owner.begin() + static_cast<std::ptrdiff_t>(close) + 2, owner[open]);
      changed = true;
    }
  }
  if (!changed) return std::string(xml);

  std::vector<std::string> contents(nodes.size());
  for (std::size_t i = 0; i < joined.size(); ++i) {
    if (owner[i] != std::string::npos) contents[owner[i]] += joined[i];
  }
  std::string out;
  std::size_t copied = 0;
  for (std::size_t n = 0; n < nodes.size(); ++n) {
    out.append(xml.substr(copied, nodes[n].begin - copied));
    out += contents[n];
    copied = nodes[n].end;
  }
  out.append(xml.substr(copied));
  return out;
}

using Lookup = std::function<const std::string*(const std::string&)>;

// Replaces every `{{name}}` with its value; `describe` names a missing placeholder for the error.
core::Result<std::string> FillPlaceholders(std::string_view xml, const Lookup& lookup,
                                           const std::function<std::string(const std::string&)>& describe) {
  std::string out;
  std::size_t pos = 0;
  while (true) {
    std::size_t open = xml.find("{{", pos);
    if (open == std::string_view::npos) break;
    std::size_t close = xml.find("}}", open + 2);
    if (close == std::string_view::npos) break;
    std::string name(xml.substr(open + 2, close - open - 2));
    name.erase(0, name.find_first_not_of(' '));
    name.erase(name.find_last_not_of(' ') + 1);
    out.append(xml.substr(pos, open - pos));
    pos = close + 2;
    // Text between braces that runs across XML tags is not a placeholder; leave it as written.
    if (name.empty() || name.find_first_of("<>{}") != std::string::npos) {
      out.append(xml.substr(open, close + 2 - open));
      continue;
    }
    const std::string* value = lookup(name);
    if (value == nullptr) {
      return core::ValidationError(
          describe(name), "Для документа не задано значение «" + describe(name) + "» (поле шаблона {{" + name + "}})",
          "template_value_missing");
    }
    out += RunText(*value);
  }
  out.append(xml.substr(pos));
  return out;
}

// Finds the <w:tr> element that contains `pos`; nullopt when `pos` is not inside a table row.
std::optional<std::pair<std::size_t, std::size_t>> EnclosingRow(std::string_view xml, std::size_t pos) {
  std::size_t start = pos;
  while (true) {
    start = xml.rfind("<w:tr", start);
    if (start == std::string_view::npos) return std::nullopt;
    if (IsTagAt(xml, start, "<w:tr")) break;
    if (start == 0) return std::nullopt;
    --start;
  }
  // Rows of a nested table may sit inside our row's cells, so count depth to the matching end tag.
  int depth = 0;
  std::size_t cursor = start;
  while (true) {
    std::size_t next_open = xml.find("<w:tr", cursor + 1);
    std::size_t next_close = xml.find("</w:tr>", cursor + 1);
    if (next_close == std::string_view::npos) return std::nullopt;
    if (next_open != std::string_view::npos && next_open < next_close) {
      if (IsTagAt(xml, next_open, "<w:tr")) ++depth;
      cursor = next_open;
      continue;
    }
    if (depth == 0) {
      std::size_t end = next_close + 7;
      if (end <= pos) return std::nullopt;  // the row closed before the marker: it is not inside a row
      return std::make_pair(start, end);
    }
    --depth;
    cursor = next_close;
  }
}

core::Result<std::string> ExpandRows(std::string xml, const DocxData& data) {
  std::size_t search_from = 0;
  while (true) {
    std::size_t marker = xml.find(kRowsMarker, search_from);
    if (marker == std::string::npos) return xml;
    std::size_t marker_end = xml.find("}}", marker);
    if (marker_end == std::string::npos)
      return TemplateError("Шаблон документа повреждён: маркер {{#rows:…}} не закрыт");
    std::string table_name = xml.substr(marker + kRowsMarker.size(), marker_end - marker - kRowsMarker.size());
    marker_end += 2;
    auto row = EnclosingRow(xml, marker);
    if (!row) {
      return TemplateError("Маркер {{#rows:" + table_name + "}} в шаблоне документа должен стоять в строке таблицы");
    }
    auto entries = data.tables.find(table_name);
    if (entries == data.tables.end()) {
      return core::ValidationError(table_name, "Для документа не заданы строки таблицы «" + table_name + "»",
                                   "template_value_missing");
    }
    std::string row_xml =
        xml.substr(row->first, marker - row->first) + xml.substr(marker_end, row->second - marker_end);
    std::string expanded;
    for (std::size_t n = 0; n < entries->second.size(); ++n) {
      const auto& entry = entries->second[n];
      // A row placeholder takes the entry's value first and falls back to the document's fields.
      Lookup lookup = [&](const std::string& name) -> const std::string* {
        if (auto it = entry.find(name); it != entry.end()) return &it->second;
        if (auto it = data.fields.find(name); it != data.fields.end()) return &it->second;
        return nullptr;
      };
      auto describe = [&](const std::string& name) {
        std::string path = table_name;
        path += "[" + std::to_string(n + 1) + "].";
        return path += name;
      };
      auto filled = FillPlaceholders(row_xml, lookup, describe);
      if (!filled) return filled.error();
      expanded += filled.value();
    }
    xml.replace(row->first, row->second - row->first, expanded);
    search_from = row->first + expanded.size();
  }
}

std::string StripComments(std::string_view xml) {
  std::string out;
  std::size_t pos = 0;
  while (true) {
    std::size_t open = xml.find("<!--", pos);
    if (open == std::string_view::npos) break;
    std::size_t close = xml.find("-->", open + 4);
    if (close == std::string_view::npos) break;
    out.append(xml.substr(pos, open - pos));
    pos = close + 3;
  }
  out.append(xml.substr(pos));
  return out;
}

// Leading and trailing spaces of a value would be dropped without xml:space="preserve".
std::string PreserveSpaces(std::string_view xml) {
  std::string out;
  std::size_t pos = 0;
  for (std::size_t tag = xml.find("<w:t>"); tag != std::string_view::npos; tag = xml.find("<w:t>", pos)) {
    out.append(xml.substr(pos, tag - pos));
    out += R"(<w:t xml:space="preserve">)";
    pos = tag + 5;
  }
  out.append(xml.substr(pos));
  return out;
}

std::string WrapBody(std::string_view body) {
  std::string out(kXmlDeclaration);
  out += R"(<w:document xmlns:w=")";
  out += kWordNamespace;
  out += R"(" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>)";
  out += body;
  if (body.find("<w:sectPr") == std::string_view::npos) out += kSectionProperties;
  out += "</w:body></w:document>";
  return out;
}

class WellFormedCheck : public detail::XmlEvents {
 public:
  void Start(std::string_view, const char**) override {}
  void End(std::string_view) override {}
  void Text(std::string_view) override {}
};

std::string UtcTimestamp() {
  std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  std::array<char, 32> buffer{};
  std::size_t length = std::strftime(buffer.data(), buffer.size(), "%Y-%m-%dT%H:%M:%SZ", &utc);
  return {buffer.data(), length};
}

std::string CoreProperties(const DocxData& data) {
  std::string now = UtcTimestamp();
  std::string out(kXmlDeclaration);
  out += R"(<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" )"
         R"(xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" )"
         R"(xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">)";
  if (auto title = data.fields.find("title"); title != data.fields.end()) {
    std::string clean;
    for (char c : title->second) clean += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
    if (core::IsValidUtf8(clean)) out += "<dc:title>" + EscapeXml(clean) + "</dc:title>";
  }
  out += "<dc:creator>Методсеть</dc:creator><cp:lastModifiedBy>Методсеть</cp:lastModifiedBy>";
  out += R"(<dcterms:created xsi:type="dcterms:W3CDTF">)" + now + "</dcterms:created>";
  out += R"(<dcterms:modified xsi:type="dcterms:W3CDTF">)" + now + "</dcterms:modified>";
  out += "</cp:coreProperties>";
  return out;
}

}  // namespace

core::Result<std::string> RenderDocxFromXml(std::string_view document_xml, const DocxData& data) {
  std::string xml = JoinSplitPlaceholders(StripComments(document_xml));
  auto expanded = ExpandRows(std::move(xml), data);
  if (!expanded) return expanded.error();
  Lookup lookup = [&](const std::string& name) -> const std::string* {
    auto it = data.fields.find(name);
    return it == data.fields.end() ? nullptr : &it->second;
  };
  auto filled = FillPlaceholders(expanded.value(), lookup, [](const std::string& name) { return name; });
  if (!filled) return filled.error();

  std::string body = PreserveSpaces(filled.value());
  std::size_t first = body.find_first_not_of(" \t\r\n");
  // A template is either the content of <w:body> or a complete word/document.xml.
  bool complete = body.find("<w:document") != std::string::npos;
  std::string document;
  if (complete) {
    document = first != std::string::npos && body.compare(first, 5, "<?xml") == 0 ? body.substr(first)
                                                                                  : std::string(kXmlDeclaration) + body;
  } else {
    document = WrapBody(body);
  }
  WellFormedCheck check;
  if (!detail::ParseXml(document, check)) return TemplateError("Шаблон документа повреждён: неверная разметка XML");

  std::string with_declaration = std::string(kXmlDeclaration);
  return detail::PackZip({
      {"[Content_Types].xml", with_declaration + std::string(kContentTypes)},
      {"_rels/.rels", with_declaration + std::string(kPackageRelationships)},
      {"word/document.xml", document},
      {"word/_rels/document.xml.rels", with_declaration + std::string(kDocumentRelationships)},
      {"word/styles.xml", with_declaration + std::string(kStyles)},
      {"word/settings.xml", with_declaration + std::string(kSettings)},
      {"docProps/core.xml", CoreProperties(data)},
      {"docProps/app.xml", with_declaration + std::string(kApp)},
  });
}

core::Result<std::string> RenderDocx(std::string_view template_name, const DocxData& data) {
  if (template_name.ends_with(".xml")) template_name.remove_suffix(4);
  for (const auto& embedded : detail::EmbeddedDocxTemplates()) {
    if (embedded.name == template_name) return RenderDocxFromXml(embedded.xml, data);
  }
  return core::NotFound("Шаблон документа «" + std::string(template_name) + "» не найден");
}

std::vector<std::string> DocxTemplateNames() {
  std::vector<std::string> names;
  for (const auto& embedded : detail::EmbeddedDocxTemplates()) names.emplace_back(embedded.name);
  return names;
}

}  // namespace metodset::office
