#include "platform/http/response.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace metodset::http {
namespace {

std::string HeaderOf(const Response& response, const std::string& name) {
  for (const auto& [n, v] : response.headers) {
    if (n == name) return v;
  }
  return {};
}

TEST(Response, MapsEveryErrorKindToItsStatus) {
  EXPECT_EQ(StatusFor(core::ErrorKind::kValidation), 422);
  EXPECT_EQ(StatusFor(core::ErrorKind::kBadRequest), 400);
  EXPECT_EQ(StatusFor(core::ErrorKind::kUnauthenticated), 401);
  EXPECT_EQ(StatusFor(core::ErrorKind::kForbidden), 403);
  EXPECT_EQ(StatusFor(core::ErrorKind::kNotFound), 404);
  EXPECT_EQ(StatusFor(core::ErrorKind::kConflict), 409);
  EXPECT_EQ(StatusFor(core::ErrorKind::kPayloadTooLarge), 413);
  EXPECT_EQ(StatusFor(core::ErrorKind::kRateLimited), 429);
  EXPECT_EQ(StatusFor(core::ErrorKind::kInternal), 500);
}

TEST(Response, WritesErrorEnvelopeWithField) {
  auto response = ErrorResponse(core::ValidationError("inn", "ИНН должен состоять из 10 цифр", "inn_format"));
  EXPECT_EQ(response.status, 422);
  EXPECT_EQ(response.content_type, "application/json; charset=utf-8");
  auto body = nlohmann::json::parse(response.body);
  EXPECT_EQ(body["error"]["code"], "inn_format");
  EXPECT_EQ(body["error"]["message"], "ИНН должен состоять из 10 цифр");
  EXPECT_EQ(body["error"]["field"], "inn");
}

TEST(Response, WritesEmptyFieldWhenNoneNamed) {
  auto body = nlohmann::json::parse(ErrorResponse(core::NotFound()).body);
  EXPECT_EQ(body["error"]["code"], "not_found");
  ASSERT_TRUE(body["error"]["field"].is_string());
  EXPECT_EQ(body["error"]["field"], "");
}

TEST(Response, HidesDetailsOfInternalErrors) {
  auto response = ErrorResponse({core::ErrorKind::kInternal, "db", "connection to 10.0.0.5 refused", "x"});
  EXPECT_EQ(response.status, 500);
  EXPECT_EQ(response.body.find("10.0.0.5"), std::string::npos);
  auto body = nlohmann::json::parse(response.body);
  EXPECT_EQ(body["error"]["code"], "internal");
  EXPECT_EQ(body["error"]["message"], "Внутренняя ошибка сервера");
}

TEST(Response, DownloadNamesFileInAsciiAndUtf8) {
  auto response = Download("bytes", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                           "Организации «Школы» 2026.xlsx");
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.body, "bytes");
  EXPECT_EQ(response.content_type, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  auto disposition = HeaderOf(response, "Content-Disposition");
  EXPECT_EQ(disposition,
            "attachment; filename=\"Organizatsii _Shkoly_ 2026.xlsx\"; filename*=UTF-8''"
            "%D0%9E%D1%80%D0%B3%D0%B0%D0%BD%D0%B8%D0%B7%D0%B0%D1%86%D0%B8%D0%B8%20%C2%AB%D0%A8%D0%BA%D0%BE"
            "%D0%BB%D1%8B%C2%BB%202026.xlsx");
}

TEST(Response, DownloadFallbackNeverBreaksTheHeader) {
  auto disposition = HeaderOf(Download("", "text/csv", "a\"b;c\r\nd.csv"), "Content-Disposition");
  EXPECT_EQ(disposition.find('\r'), std::string::npos);
  EXPECT_EQ(disposition.find('\n'), std::string::npos);
  EXPECT_NE(disposition.find("filename=\"a_b_c__d.csv\""), std::string::npos);
  EXPECT_NE(disposition.find("filename*=UTF-8''a%22b%3Bc%0D%0Ad.csv"), std::string::npos);
}

TEST(Response, NoContentHasNoBody) {
  auto response = NoContent();
  EXPECT_EQ(response.status, 204);
  EXPECT_TRUE(response.body.empty());
}

}  // namespace
}  // namespace metodset::http
