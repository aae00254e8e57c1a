#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "platform/http/router.hpp"

namespace metodset::http {
namespace {

using Json = nlohmann::json;

Response Nothing(Request&) { return NoContent(); }

void AddSample(Router& router, bool reversed) {
  std::vector<std::function<void()>> steps = {
      [&] {
        router.Add(Method::kGet, "/api/v1/organisations/{id}",
                   {.summary = "Организация", .tag = "territory",
                    .response_schema = R"({"$ref":"#/components/schemas/Organisation"})"},
                   Nothing);
      },
      [&] {
        router.Add(Method::kGet, "/api/v1/organisations",
                   {.summary = "Список", .tag = "territory", .response_schema = R"({"type":"object"})",
                    .query = {"municipality", "page", "size"}},
                   Nothing);
      },
      [&] {
        router.Add(Method::kPost, "/api/v1/organisations",
                   {.summary = "Создать", .tag = "territory",
                    .request_schema = R"({"$ref":"#/components/schemas/Organisation"})",
                    .response_schema = R"({"$ref":"#/components/schemas/Organisation"})", .status = 201},
                   Nothing);
      },
      [&] {
        router.Add(Method::kGet, "/healthz", {.summary = "Жив", .tag = "ops", .access = Access::kPublic,
                                              .response_schema = R"({"type":"object"})"},
                   Nothing);
      },
      [&] {
        router.Add(Method::kGet, "/api/v1/organisations/export.xlsx",
                   {.summary = "Выгрузка", .tag = "territory",
                    .response_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
                   Nothing);
      },
      [&] { router.AddSchema("Organisation", R"({"type":"object","properties":{"name":{"type":"string"}}})"); },
  };
  if (reversed) std::reverse(steps.begin(), steps.end());
  for (auto& step : steps) step();
}

TEST(OpenApi, IsDeterministicWhateverTheRegistrationOrder) {
  Router a;
  Router b;
  AddSample(a, false);
  AddSample(b, true);
  auto text = BuildOpenApi(a, "Методсеть", "1.0");
  EXPECT_EQ(text, BuildOpenApi(a, "Методсеть", "1.0"));
  EXPECT_EQ(text, BuildOpenApi(b, "Методсеть", "1.0"));
}

TEST(OpenApi, DescribesPathParametersQueryAndBodies) {
  Router router;
  AddSample(router, false);
  auto doc = Json::parse(BuildOpenApi(router, "Методсеть", "1.0"));
  EXPECT_EQ(doc["openapi"], "3.0.3");
  EXPECT_EQ(doc["info"]["title"], "Методсеть");

  const auto& get_one = doc["paths"]["/api/v1/organisations/{id}"]["get"];
  ASSERT_TRUE(get_one.is_object());
  const auto& param = get_one["parameters"][0];
  EXPECT_EQ(param["name"], "id");
  EXPECT_EQ(param["in"], "path");
  EXPECT_EQ(param["required"], true);
  EXPECT_EQ(get_one["responses"]["200"]["content"]["application/json"]["schema"]["$ref"],
            "#/components/schemas/Organisation");
  EXPECT_TRUE(get_one["responses"].contains("404"));
  EXPECT_EQ(get_one["responses"]["401"]["content"]["application/json"]["schema"]["$ref"],
            "#/components/schemas/Error");
  EXPECT_EQ(get_one["security"][0].begin().key(), "cookieAuth");

  const auto& list = doc["paths"]["/api/v1/organisations"]["get"];
  std::vector<std::string> query;
  for (const auto& p : list["parameters"]) {
    if (p["in"] == "query") query.push_back(p["name"]);
  }
  EXPECT_EQ(query, (std::vector<std::string>{"municipality", "page", "size"}));

  const auto& create = doc["paths"]["/api/v1/organisations"]["post"];
  EXPECT_EQ(create["requestBody"]["content"]["application/json"]["schema"]["$ref"],
            "#/components/schemas/Organisation");
  EXPECT_TRUE(create["responses"].contains("201"));
  EXPECT_TRUE(create["responses"].contains("422"));
  bool csrf = false;
  for (const auto& p : create["parameters"]) csrf = csrf || (p["in"] == "header" && p["name"] == "X-CSRF-Token");
  EXPECT_TRUE(csrf);

  const auto& health = doc["paths"]["/healthz"]["get"];
  EXPECT_FALSE(health.contains("security"));
  EXPECT_FALSE(health["responses"].contains("401"));

  const auto& xlsx = doc["paths"]["/api/v1/organisations/export.xlsx"]["get"];
  EXPECT_EQ(xlsx["responses"]["200"]["content"]["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"]
               ["schema"]["format"],
            "binary");

  EXPECT_TRUE(doc["components"]["schemas"].contains("Organisation"));
  EXPECT_TRUE(doc["components"]["schemas"].contains("Error"));
  EXPECT_EQ(doc["components"]["securitySchemes"]["cookieAuth"]["in"], "cookie");
}

TEST(OpenApi, RefusesDanglingReferencesAndBrokenSchemas) {
  Router dangling;
  dangling.Add(Method::kGet, "/api/v1/x", {.response_schema = R"({"$ref":"#/components/schemas/Missing"})"},
               Nothing);
  EXPECT_THROW(BuildOpenApi(dangling, "t", "1"), std::invalid_argument);

  Router broken;
  broken.Add(Method::kGet, "/api/v1/x", {.response_schema = R"({"type":)"}, Nothing);
  EXPECT_THROW(BuildOpenApi(broken, "t", "1"), std::invalid_argument);
}

}  // namespace
}  // namespace metodset::http
