#include "modules/documents/domain/document.hpp"

#include <gtest/gtest.h>

namespace metodset::documents {
namespace {

Document Draft() {
  Document d;
  d.kind = "directive";
  d.number = " 696 ";
  d.date = {2020, 7, 13};
  d.title = "Об утверждении нормативных документов";
  d.issuer = "Минобрнауки Амурской области";
  d.links = {{"organisation", 5}, {"organisation", 5}};
  return d;
}

}  // namespace

TEST(ValidateDocument, NormalisesAndDeduplicatesLinks) {
  auto r = ValidateDocument(Draft(), {"directive"});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->number, "696");
  EXPECT_EQ(r->links.size(), 1u);
}

TEST(ValidateDocument, RetentionCannotEndBeforeTheDocumentDate_003App5_7_2) {
  auto d = Draft();
  d.retention_until = core::Date{2020, 7, 12};
  EXPECT_EQ(ValidateDocument(d, {"directive"}).error().field, "retention_until");
  d.retention_until = core::Date{2023, 7, 13};
  EXPECT_TRUE(ValidateDocument(d, {"directive"}).ok());
}

TEST(ValidateDocument, NamesMissingFields) {
  auto d = Draft();
  d.kind = "poem";
  EXPECT_EQ(ValidateDocument(d, {"directive"}).error().field, "kind");
  d = Draft();
  d.issuer = "  ";
  EXPECT_EQ(ValidateDocument(d, {"directive"}).error().field, "issuer");
}

TEST(CleanFileName, DropsPathsAndControlCharacters) {
  EXPECT_EQ(*CleanFileName("C:\\Users\\Мария\\Приказ № 5.docx"), "Приказ № 5.docx");
  EXPECT_EQ(*CleanFileName("../../etc/passwd"), "passwd");
  EXPECT_EQ(*CleanFileName("a\r\nb.pdf"), "ab.pdf");
  EXPECT_FALSE(CleanFileName("..").ok());
  EXPECT_FALSE(CleanFileName("").ok());
}

}  // namespace metodset::documents
