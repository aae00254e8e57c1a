#include "platform/http/request.hpp"

#include <gtest/gtest.h>

namespace metodset::http {
namespace {

TEST(Request, ReadsCookieAmongSeveral) {
  Request request;
  request.headers["cookie"] = "theme=dark; metodset_session=abc123 ;  other=\"quoted\"";
  EXPECT_EQ(request.Cookie("metodset_session"), "abc123");
  EXPECT_EQ(request.Cookie("other"), "quoted");
  EXPECT_EQ(request.Cookie("theme"), "dark");
  EXPECT_FALSE(request.Cookie("metodset").has_value());
  EXPECT_FALSE(request.Cookie("missing").has_value());
}

TEST(Request, HasNoCookieWithoutHeader) {
  Request request;
  EXPECT_FALSE(request.Cookie("metodset_session").has_value());
}

TEST(Request, ReadsHeadersQueryAndParams) {
  Request request;
  request.headers["x-csrf-token"] = "t";
  request.query.emplace("flag", "rural");
  request.query.emplace("flag", "small");
  request.query.emplace("q", "школа");
  request.path_params["id"] = "7";
  EXPECT_EQ(request.Header("x-csrf-token"), "t");
  EXPECT_FALSE(request.Header("x-other").has_value());
  EXPECT_EQ(request.QueryParam("q"), "школа");
  EXPECT_EQ(request.QueryParams("flag"), (std::vector<std::string>{"rural", "small"}));
  EXPECT_TRUE(request.QueryParams("none").empty());
  EXPECT_EQ(request.Param("id"), "7");
  EXPECT_EQ(request.Param("other"), "");
}

TEST(Request, TellsStateChangingMethods) {
  EXPECT_FALSE(IsStateChanging(Method::kGet));
  EXPECT_FALSE(IsStateChanging(Method::kHead));
  EXPECT_FALSE(IsStateChanging(Method::kOptions));
  EXPECT_TRUE(IsStateChanging(Method::kPost));
  EXPECT_TRUE(IsStateChanging(Method::kPut));
  EXPECT_TRUE(IsStateChanging(Method::kPatch));
  EXPECT_TRUE(IsStateChanging(Method::kDelete));
  EXPECT_EQ(MethodName(Method::kDelete), "DELETE");
  EXPECT_EQ(MethodName(Method::kPatch), "PATCH");
}

}  // namespace
}  // namespace metodset::http
