#pragma once

#include "modules/documents/application/document_service.hpp"
#include "platform/http/router.hpp"

namespace metodset::documents {

/// Registers the document registry endpoints.
void AddRoutes(http::Router& router, DocumentService& service);

}  // namespace metodset::documents
