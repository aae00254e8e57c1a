#include "platform/http/json_body.hpp"

#include <gtest/gtest.h>

namespace metodset::http {
namespace {

Request WithBody(std::string body) {
  Request request;
  request.body = std::move(body);
  return request;
}

TEST(JsonBody, RejectsInvalidJsonAsBadRequest) {
  auto parsed = ParseJsonObject(WithBody("{\"name\": "));
  ASSERT_FALSE(parsed);
  EXPECT_EQ(parsed.error().kind, core::ErrorKind::kBadRequest);
  EXPECT_EQ(parsed.error().code, "bad_json");
  EXPECT_EQ(parsed.error().message, "Тело запроса не является корректным JSON");
  EXPECT_EQ(StatusFor(parsed.error().kind), 400);
}

TEST(JsonBody, RejectsNonObjects) {
  for (const char* text : {"[1,2]", "\"x\"", "", "null"}) {
    auto parsed = ParseJsonObject(WithBody(text));
    ASSERT_FALSE(parsed) << text;
    EXPECT_EQ(parsed.error().code, "bad_json") << text;
  }
  EXPECT_TRUE(ParseJsonObject(WithBody(R"({"name":"Школа"})")));
}

TEST(JsonBody, RequiredStringNamesTheField) {
  auto body = Json::parse(R"({"name":"  ","short_name":5,"title":"Гимназия №1"})");
  auto missing = RequiredString(body, "absent", "Название");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().kind, core::ErrorKind::kValidation);
  EXPECT_EQ(missing.error().field, "absent");
  EXPECT_EQ(missing.error().message, "Поле «Название» обязательно");

  auto blank = RequiredString(body, "name", "Название");
  ASSERT_FALSE(blank);
  EXPECT_EQ(blank.error().field, "name");

  auto wrong = RequiredString(body, "short_name", "Краткое название");
  ASSERT_FALSE(wrong);
  EXPECT_EQ(wrong.error().field, "short_name");
  EXPECT_EQ(wrong.error().message, "Поле «Краткое название» должно быть строкой");

  auto good = RequiredString(body, "title", "Название");
  ASSERT_TRUE(good);
  EXPECT_EQ(*good, "Гимназия №1");
}

TEST(JsonBody, OptionalFieldsTreatNullAsAbsent) {
  auto body = Json::parse(R"({"email":null,"phone":"+7","inn":12,"id":null,"rural":true,"small":"yes"})");
  auto email = OptionalString(body, "email", "E-mail");
  ASSERT_TRUE(email);
  EXPECT_FALSE(email->has_value());
  EXPECT_EQ(OptionalString(body, "phone", "Телефон")->value(), "+7");
  auto inn = OptionalString(body, "inn", "ИНН");
  ASSERT_FALSE(inn);
  EXPECT_EQ(inn.error().field, "inn");

  auto id = OptionalInt(body, "id", "Номер");
  ASSERT_TRUE(id);
  EXPECT_FALSE(id->has_value());
  EXPECT_EQ(OptionalInt(body, "inn", "ИНН")->value(), 12);
  EXPECT_FALSE(OptionalInt(body, "phone", "Телефон"));

  EXPECT_EQ(OptionalBool(body, "rural", "Сельская", false).value(), true);
  EXPECT_EQ(OptionalBool(body, "absent", "Сельская", true).value(), true);
  auto small = OptionalBool(body, "small", "Малокомплектная", false);
  ASSERT_FALSE(small);
  EXPECT_EQ(small.error().field, "small");
}

TEST(JsonBody, RequiredIntRefusesFractionsAndHugeNumbers) {
  auto body = Json::parse(R"({"a":3,"b":2.5,"c":18446744073709551615,"d":-4})");
  EXPECT_EQ(RequiredInt(body, "a", "А").value(), 3);
  EXPECT_EQ(RequiredInt(body, "d", "Г").value(), -4);
  auto fraction = RequiredInt(body, "b", "Б");
  ASSERT_FALSE(fraction);
  EXPECT_EQ(fraction.error().message, "Поле «Б» должно быть целым числом");
  EXPECT_FALSE(RequiredInt(body, "c", "В"));
  auto missing = RequiredInt(body, "municipality_id", "Муниципалитет");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().field, "municipality_id");
  EXPECT_EQ(missing.error().message, "Поле «Муниципалитет» обязательно");
}

TEST(JsonBody, ReadsPagingWithDefaultsAndLimits) {
  Request request;
  auto paging = ReadPaging(request);
  ASSERT_TRUE(paging);
  EXPECT_EQ(paging->page, 1);
  EXPECT_EQ(paging->size, 50);

  request.query = {{"page", "3"}, {"size", "500"}};
  paging = ReadPaging(request);
  ASSERT_TRUE(paging);
  EXPECT_EQ(paging->page, 3);
  EXPECT_EQ(paging->size, 500);

  for (const char* bad : {"0", "-1", "x", "2.5", ""}) {
    request.query = {{"page", bad}};
    auto result = ReadPaging(request);
    ASSERT_FALSE(result) << bad;
    EXPECT_EQ(result.error().field, "page");
  }
  for (const char* bad : {"0", "501", "abc"}) {
    request.query = {{"size", bad}};
    auto result = ReadPaging(request);
    ASSERT_FALSE(result) << bad;
    EXPECT_EQ(result.error().field, "size");
  }
}

TEST(JsonBody, BuildsListEnvelopeAndResponses) {
  auto envelope = ListEnvelope(Json::array({1, 2}), 42, Paging{2, 2});
  EXPECT_EQ(envelope, Json::parse(R"({"items":[1,2],"total":42,"page":2,"size":2})"));
  auto response = JsonResponse({{"name", "Школа"}, {"bad", std::string("\xff")}}, 201);
  EXPECT_EQ(response.status, 201);
  EXPECT_EQ(Json::parse(response.body)["name"], "Школа");
}

}  // namespace
}  // namespace metodset::http
