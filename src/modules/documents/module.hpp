#pragma once

// The documents module: the registry of documents with attachments, and generated documents.

#include "modules/documents/application/document_service.hpp"
#include "modules/documents/http/routes.hpp"
#include "modules/documents/storage/sql_document_storage.hpp"
