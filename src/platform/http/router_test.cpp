#include "platform/http/router.hpp"

#include <gtest/gtest.h>

namespace metodset::http {
namespace {

Handler Named(std::string name) {
  return [name](Request&) { return JsonText(name); };
}

std::string Answer(const RouteMatch& match, Request& request) {
  return match.route ? match.route->handler(request).body : "<none>";
}

Request Make(Method method, std::string target) {
  Request request;
  request.method = method;
  request.target = std::move(target);
  return request;
}

class RouterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    router.Add(Method::kGet, "/api/v1/organisations", {}, Named("list"));
    router.Add(Method::kPost, "/api/v1/organisations", {}, Named("create"));
    router.Add(Method::kGet, "/api/v1/organisations/{id}", {}, Named("get"));
    router.Add(Method::kPut, "/api/v1/organisations/{id}", {}, Named("put"));
    router.Add(Method::kGet, "/api/v1/organisations/export.xlsx", {}, Named("export"));
    router.Add(Method::kGet, "/api/v1/documents/{id}/attachments/{attachment_id}", {}, Named("attachment"));
    router.Add(Method::kGet, "/api/v1/catalogues/{name}", {}, Named("catalogue"));
  }
  Router router;
};

TEST_F(RouterTest, FillsPathParameters) {
  auto request = Make(Method::kGet, "/api/v1/documents/12/attachments/7?x=1");
  auto match = router.Match(request);
  EXPECT_EQ(Answer(match, request), "attachment");
  EXPECT_EQ(request.Param("id"), "12");
  EXPECT_EQ(request.Param("attachment_id"), "7");
}

TEST_F(RouterTest, StaticSegmentBeatsParameter) {
  auto request = Make(Method::kGet, "/api/v1/organisations/export.xlsx");
  auto match = router.Match(request);
  EXPECT_EQ(Answer(match, request), "export");
  EXPECT_TRUE(request.path_params.empty());
  auto other = Make(Method::kGet, "/api/v1/organisations/15");
  EXPECT_EQ(Answer(router.Match(other), other), "get");
  EXPECT_EQ(other.Param("id"), "15");
}

TEST_F(RouterTest, FallsBackToParameterWhenStaticBranchLacksMethod) {
  // PUT exists only under {id}; the static export branch must not hide it.
  auto request = Make(Method::kPut, "/api/v1/organisations/export.xlsx");
  auto match = router.Match(request);
  EXPECT_EQ(Answer(match, request), "put");
  EXPECT_EQ(request.Param("id"), "export.xlsx");
}

TEST_F(RouterTest, ReportsKnownPathWithOtherMethod) {
  auto request = Make(Method::kDelete, "/api/v1/organisations");
  auto match = router.Match(request);
  EXPECT_EQ(match.route, nullptr);
  EXPECT_TRUE(match.path_known);
  EXPECT_EQ(match.allowed, (std::vector<Method>{Method::kGet, Method::kHead, Method::kPost}));
}

TEST_F(RouterTest, UnknownPathIsNotKnown) {
  auto request = Make(Method::kGet, "/api/v1/nothing");
  auto match = router.Match(request);
  EXPECT_EQ(match.route, nullptr);
  EXPECT_FALSE(match.path_known);
  auto deeper = Make(Method::kGet, "/api/v1/organisations/1/2");
  EXPECT_FALSE(router.Match(deeper).path_known);
  auto empty_param = Make(Method::kGet, "/api/v1/catalogues//");
  EXPECT_EQ(router.Match(empty_param).route, nullptr);
}

TEST_F(RouterTest, HeadIsServedByGet) {
  auto request = Make(Method::kHead, "/api/v1/organisations/3");
  EXPECT_EQ(Answer(router.Match(request), request), "get");
}

TEST_F(RouterTest, DecodesSegmentsOnce) {
  auto request = Make(Method::kGet, "/api/v1/catalogues/%D1%88%D0%BA%D0%BE%D0%BB%D1%8B%2520x");
  auto match = router.Match(request);
  EXPECT_EQ(Answer(match, request), "catalogue");
  EXPECT_EQ(request.Param("name"), "школы%20x");
}

TEST_F(RouterTest, KeepsEncodedSlashInsideSegment) {
  auto request = Make(Method::kGet, "/api/v1/catalogues/a%2Fb");
  EXPECT_EQ(Answer(router.Match(request), request), "catalogue");
  EXPECT_EQ(request.Param("name"), "a/b");
}

TEST_F(RouterTest, MatchesEncodedStaticSegmentAndTrailingSlash) {
  auto request = Make(Method::kGet, "/api/v1/%6Frganisations/");
  EXPECT_EQ(Answer(router.Match(request), request), "list");
}

TEST_F(RouterTest, RejectsMalformedEscapes) {
  auto request = Make(Method::kGet, "/api/v1/catalogues/%zz");
  EXPECT_EQ(router.Match(request).route, nullptr);
}

TEST_F(RouterTest, MatchesDecodedPathWhenNoTarget) {
  Request request;
  request.path = "/api/v1/catalogues/a b";
  EXPECT_EQ(Answer(router.Match(request), request), "catalogue");
  EXPECT_EQ(request.Param("name"), "a b");
}

TEST_F(RouterTest, RefusesDuplicateRoutes) {
  EXPECT_THROW(router.Add(Method::kGet, "/api/v1/organisations/{other}", {}, Named("dup")), std::logic_error);
}

TEST(PercentDecode, HandlesPlusAndBadEscapes) {
  EXPECT_EQ(PercentDecode("a+b%20c", true), "a b c");
  EXPECT_EQ(PercentDecode("a+b", false), "a+b");
  EXPECT_FALSE(PercentDecode("%4", false).has_value());
  EXPECT_FALSE(PercentDecode("%", false).has_value());
  EXPECT_FALSE(PercentDecode("%g0", false).has_value());
  EXPECT_EQ(PercentDecode("%41%42", false), "AB");
}

}  // namespace
}  // namespace metodset::http
