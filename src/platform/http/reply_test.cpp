#include "platform/http/reply.hpp"

#include <gtest/gtest.h>

namespace metodset::http {
namespace {

Json Twice(const int& n) { return {{"n", n * 2}}; }

TEST(Reply, AnswersTheValueAsJsonWithTheGivenStatus) {
  auto ok = Reply(core::Result<int>(21), Twice);
  EXPECT_EQ(ok.status, 200);
  EXPECT_EQ(Json::parse(ok.body)["n"], 42);
  EXPECT_EQ(Reply(core::Result<int>(1), Twice, 201).status, 201);
}

TEST(Reply, AnswersTheErrorThroughTheOneMapping) {
  for (const auto& error : {core::NotFound(), core::Forbidden(), core::Conflict("pair_limit", "Не больше двух"),
                            core::ValidationError("on", "Дата в формате ГГГГ-ММ-ДД")}) {
    auto response = Reply(core::Result<int>(error), Twice, 201);
    auto expected = ErrorResponse(error);
    EXPECT_EQ(response.status, expected.status) << error.code;
    EXPECT_EQ(response.body, expected.body) << error.code;
  }
}

TEST(Reply, ListsItemsOrAnswersTheError) {
  auto ok = ReplyItems(core::Result<std::vector<int>>(std::vector<int>{1, 2}), Twice);
  EXPECT_EQ(ok.status, 200);
  EXPECT_EQ(Json::parse(ok.body), Json::parse(R"({"items":[{"n":2},{"n":4}]})"));
  auto empty = ReplyItems(core::Result<std::vector<int>>(std::vector<int>{}), Twice);
  EXPECT_EQ(Json::parse(empty.body), Json::parse(R"({"items":[]})"));
  auto failed = ReplyItems(core::Result<std::vector<int>>(core::Forbidden()), Twice);
  EXPECT_EQ(failed.status, 403);
}

TEST(Reply, PassesAPathIdOrAnswersNotFound) {
  Request request;
  request.path_params["id"] = "17";
  request.path_params["item_id"] = "abc";
  EXPECT_EQ(Json::parse(WithPathId(request, [](std::int64_t id) { return JsonResponse({{"id", id}}); }).body)["id"],
            17);
  bool called = false;
  auto missing = WithPathId(
      request,
      [&](std::int64_t) {
        called = true;
        return NoContent();
      },
      "item_id");
  EXPECT_FALSE(called);
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(Json::parse(missing.body)["error"]["code"], "not_found");
}

TEST(Reply, PassesAJsonObjectBodyOrAnswersBadRequest) {
  Request request;
  request.body = R"({"title":"План"})";
  auto ok = WithJsonObject(request, [](const Json& body) { return JsonResponse(body); });
  EXPECT_EQ(Json::parse(ok.body)["title"], "План");
  request.body = "[1]";
  auto bad = WithJsonObject(request, [](const Json&) { return NoContent(); });
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(Json::parse(bad.body)["error"]["code"], "bad_json");
}

}  // namespace
}  // namespace metodset::http
