#include "platform/office/docx_writer.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>

#include "platform/office/xml_reader.hpp"
#include "platform/office/zip_archive.hpp"

namespace metodset::office {
namespace {

class Nothing : public detail::XmlEvents {
 public:
  void Start(std::string_view, const char**) override {}
  void End(std::string_view) override {}
  void Text(std::string_view) override {}
};

bool WellFormed(const std::string& xml) {
  Nothing nothing;
  return detail::ParseXml(xml, nothing);
}

std::string DocumentXml(const std::string& docx) {
  auto zip = detail::ZipReader::Open(docx);
  EXPECT_TRUE(zip.has_value());
  if (!zip) return {};
  auto [bytes, failure] = zip->Read("word/document.xml", 1 << 22);
  EXPECT_FALSE(failure.has_value());
  return bytes;
}

std::size_t CountRows(const std::string& xml) {
  std::size_t count = 0;
  for (auto pos = xml.find("<w:tr"); pos != std::string::npos; pos = xml.find("<w:tr", pos + 1)) {
    char next = xml[pos + 5];
    if (next == '>' || next == ' ') ++count;
  }
  return count;
}

DocxData Directive() {
  DocxData data;
  data.fields = {
      {"issuer", "ООО «Ромашка» & Ко"},
      {"date", "01.09.2024"},
      {"number", "123-о"},
      {"city", "г. Томск"},
      {"title", "О составе методического актива <2024>"},
      {"preamble", "В соответствии с положением\nо методическом активе"},
      {"signer_position", "Директор"},
      {"signer_name", "И. И. Иванов"},
  };
  data.tables["items"] = {
      {{"n", "1"}, {"text", "Утвердить состав актива."}},
      {{"n", "2"}, {"text", "Опубликовать список."}},
      {{"n", "3"}, {"text", "Контроль оставляю за собой."}},
  };
  return data;
}

TEST(RenderDocx, FillsTheDirectiveEscapingValuesAndRepeatingRows) {
  auto docx = RenderDocx("directive", Directive());
  ASSERT_TRUE(docx.ok()) << docx.error().message;
  std::string xml = DocumentXml(docx.value());
  ASSERT_TRUE(WellFormed(xml));
  EXPECT_NE(xml.find("ООО «Ромашка» &amp; Ко"), std::string::npos);
  EXPECT_NE(xml.find("О составе методического актива &lt;2024&gt;"), std::string::npos);
  EXPECT_NE(xml.find("В соответствии с положением</w:t><w:br/><w:t xml:space=\"preserve\">о методическом"),
            std::string::npos);
  EXPECT_NE(xml.find("№ 123-о"), std::string::npos);
  EXPECT_NE(xml.find("ПРИКАЗЫВАЮ:"), std::string::npos);
  EXPECT_EQ(CountRows(xml), 3u);
  auto first = xml.find("Утвердить состав актива.");
  auto second = xml.find("Опубликовать список.");
  auto third = xml.find("Контроль оставляю за собой.");
  EXPECT_TRUE(first < second && second < third && third != std::string::npos);
  EXPECT_NE(xml.find(">3.<"), std::string::npos);
  EXPECT_EQ(xml.find("{{"), std::string::npos);
  EXPECT_EQ(xml.find("<!--"), std::string::npos);
  // A4 with margins 2 / 1.5 / 2 / 3 cm.
  EXPECT_NE(xml.find(R"(<w:pgSz w:w="11906" w:h="16838"/>)"), std::string::npos);
  EXPECT_NE(xml.find(R"(w:top="1134" w:right="850" w:bottom="1134" w:left="1701")"), std::string::npos);
}

TEST(RenderDocx, PacksEveryPartOfAWordPackage) {
  auto docx = RenderDocx("directive", Directive());
  ASSERT_TRUE(docx.ok());
  auto zip = detail::ZipReader::Open(docx.value());
  ASSERT_TRUE(zip.has_value());
  auto names = zip->Names();
  ASSERT_FALSE(names.empty());
  EXPECT_EQ(names.front(), "[Content_Types].xml");
  std::set<std::string> parts(names.begin(), names.end());
  for (const char* part : {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
                           "word/styles.xml", "word/settings.xml", "docProps/core.xml", "docProps/app.xml"}) {
    ASSERT_TRUE(parts.contains(part)) << part;
    auto [bytes, failure] = zip->Read(part, 1 << 22);
    ASSERT_FALSE(failure.has_value()) << part;
    EXPECT_TRUE(WellFormed(bytes)) << part;
  }
  auto [styles, failure] = zip->Read("word/styles.xml", 1 << 22);
  EXPECT_NE(styles.find(R"(w:ascii="Times New Roman")"), std::string::npos);
  EXPECT_NE(styles.find(R"(<w:sz w:val="28"/>)"), std::string::npos);
  EXPECT_NE(styles.find(R"(w:styleId="TableGrid")"), std::string::npos);
  EXPECT_NE(styles.find(R"(w:styleId="Heading1")"), std::string::npos);
  auto [core_xml, core_failure] = zip->Read("docProps/core.xml", 1 << 22);
  EXPECT_NE(core_xml.find("<dc:title>О составе методического актива &lt;2024&gt;</dc:title>"), std::string::npos);
}

TEST(RenderDocx, NamesTheMissingPlaceholder) {
  DocxData data = Directive();
  data.fields.erase("signer_name");
  auto missing_field = RenderDocx("directive", data);
  ASSERT_FALSE(missing_field.ok());
  EXPECT_EQ(missing_field.error().kind, core::ErrorKind::kValidation);
  EXPECT_EQ(missing_field.error().field, "signer_name");
  EXPECT_NE(missing_field.error().message.find("{{signer_name}}"), std::string::npos);

  data = Directive();
  data.tables["items"][1]["text"] = "{{signer_name}} и {{#rows:items}}";
  auto literal = RenderDocx("directive", data);
  ASSERT_TRUE(literal.ok()) << literal.error().message;
  std::string literal_xml = DocumentXml(literal.value());
  EXPECT_NE(literal_xml.find("&#123;&#123;signer_name}} и &#123;&#123;#rows:items}}"), std::string::npos);
  EXPECT_EQ(CountRows(literal_xml), 3u);

  data = Directive();
  data.tables["items"][1].erase("text");
  auto missing_cell = RenderDocx("directive", data);
  ASSERT_FALSE(missing_cell.ok());
  EXPECT_EQ(missing_cell.error().field, "items[2].text");

  data = Directive();
  data.tables.clear();
  auto missing_table = RenderDocx("directive", data);
  ASSERT_FALSE(missing_table.ok());
  EXPECT_EQ(missing_table.error().field, "items");
}

TEST(RenderDocx, RendersTheDocumentCardWithAttachments) {
  DocxData data;
  data.fields = {{"kind", "Приказ"},
                 {"number", "5"},
                 {"date", "02.09.2024"},
                 {"issuer", "Управление образования"},
                 {"title", "Об утверждении плана"}};
  data.tables["attachments"] = {
      {{"n", "1"}, {"file_name", "план.pdf"}, {"size", "12 КБ"}, {"sha256", std::string(64, 'a')}},
      {{"n", "2"}, {"file_name", "приложение.docx"}, {"size", "3 МБ"}, {"sha256", std::string(64, 'b')}},
  };
  auto docx = RenderDocx("document_card.xml", data);
  ASSERT_TRUE(docx.ok()) << docx.error().message;
  std::string xml = DocumentXml(docx.value());
  EXPECT_TRUE(WellFormed(xml));
  EXPECT_EQ(CountRows(xml), 5u + 1u + 2u);  // the card, the attachments' header, two attachments
  EXPECT_NE(xml.find("приложение.docx"), std::string::npos);
  EXPECT_NE(xml.find(std::string(64, 'b')), std::string::npos);

  data.tables["attachments"].clear();
  auto without = RenderDocx("document_card", data);
  ASSERT_TRUE(without.ok());
  EXPECT_EQ(CountRows(DocumentXml(without.value())), 5u + 1u);
}

TEST(RenderDocxFromXml, JoinsAPlaceholderThatWordSplitAcrossRuns) {
  DocxData data;
  data.fields = {{"name", "  Анна  "}};
  auto docx = RenderDocxFromXml(
      "<w:p><w:r><w:t>Уважаемая {</w:t></w:r><w:proofErr w:type=\"spellStart\"/>"
      "<w:r><w:rPr><w:b/></w:rPr><w:t>{na</w:t></w:r><w:r><w:t>me}</w:t></w:r><w:r><w:t>}!</w:t></w:r></w:p>",
      data);
  ASSERT_TRUE(docx.ok()) << docx.error().message;
  std::string xml = DocumentXml(docx.value());
  EXPECT_NE(xml.find(R"(<w:t xml:space="preserve">Уважаемая   Анна  </w:t>)"), std::string::npos) << xml;
  EXPECT_NE(xml.find(R"(<w:t xml:space="preserve">!</w:t>)"), std::string::npos);
}

TEST(RenderDocxFromXml, AcceptsACompleteDocumentAndRejectsBadTemplates) {
  DocxData data;
  data.fields = {{"x", "значение"}};
  auto complete =
      RenderDocxFromXml(R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>)"
                        R"(<w:p><w:r><w:t>{{x}}</w:t></w:r></w:p></w:body></w:document>)",
                        data);
  ASSERT_TRUE(complete.ok()) << complete.error().message;
  std::string xml = DocumentXml(complete.value());
  EXPECT_EQ(xml.rfind("<?xml", 0), 0u);
  EXPECT_NE(xml.find("значение"), std::string::npos);

  auto outside_table = RenderDocxFromXml("<w:p><w:r><w:t>{{#rows:items}}</w:t></w:r></w:p>", data);
  ASSERT_FALSE(outside_table.ok());
  EXPECT_EQ(outside_table.error().field, "template");

  auto broken = RenderDocxFromXml("<w:p><w:r><w:t>{{x}}</w:r></w:p>", data);
  ASSERT_FALSE(broken.ok());
  EXPECT_EQ(broken.error().field, "template");

  EXPECT_EQ(RenderDocx("no_such_template", data).error().kind, core::ErrorKind::kNotFound);
}

TEST(DocxTemplateNames, ListsTheEmbeddedTemplates) {
  auto names = DocxTemplateNames();
  EXPECT_NE(std::find(names.begin(), names.end(), "directive"), names.end());
  EXPECT_NE(std::find(names.begin(), names.end(), "document_card"), names.end());
}

}  // namespace
}  // namespace metodset::office
