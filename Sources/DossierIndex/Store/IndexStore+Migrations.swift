import Foundation
import GRDB

extension IndexStore {
    /// The schema, one registered step per version.
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-documents") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.create(table: "document") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("path", .text).notNull().unique()
                table.column("size", .integer).notNull()
                table.column("modified", .double).notNull()
                table.column("contentHash", .text).notNull()
                table.column("title", .text).notNull()
                table.column("date", .text)
                table.column("dateInferred", .boolean).notNull().defaults(to: false)
                table.column("source", .text)
                table.column("url", .text)
                table.column("author", .text)
                table.column("wordCount", .integer).notNull()
                table.column("sentenceCount", .integer).notNull()
                table.column("replacedSequences", .integer).notNull()
                table.column("offsetMap", .blob).notNull()
            }
            try db.create(table: "paragraph") { table in
                table.column("documentId", .integer).notNull().references("document", onDelete: .cascade)
                table.column("ordinal", .integer).notNull()
                table.column("text", .text).notNull()
                table.column("isHeading", .boolean).notNull()
                table.column("start", .integer).notNull()
                table.primaryKey(["documentId", "ordinal"])
            }
            try db.create(table: "sentence") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("documentId", .integer).notNull().references("document", onDelete: .cascade)
                table.column("ordinal", .integer).notNull()
                table.column("paragraph", .integer).notNull()
                table.column("start", .integer).notNull()
                table.column("end", .integer).notNull()
                table.column("originalStart", .integer).notNull()
                table.column("originalEnd", .integer).notNull()
                table.column("text", .text).notNull()
                table.uniqueKey(["documentId", "ordinal"])
            }
            try db.create(table: "skippedFile") { table in
                table.column("path", .text).primaryKey()
                table.column("size", .integer).notNull()
                table.column("modified", .double).notNull()
                table.column("reason", .text).notNull()
            }
        }
        migrator.registerMigration("v2-sentence-search") { db in
            // Porter stemming lets "sanction" find "sanctions"; unicode61 folds case and diacritics and
            // treats every apostrophe and quote alike, as separators. Prefix indexes keep typed prefixes
            // fast. The table is kept up to date by `SentenceSearchIndex` in whole batches, not by
            // triggers: FTS5 flushes a segment at every statement, which row triggers make costly.
            try db.execute(sql: """
                CREATE VIRTUAL TABLE sentence_fts USING fts5(
                    text, content='sentence', content_rowid='id',
                    tokenize='porter unicode61 remove_diacritics 2', prefix='2 3 4'
                )
                """)
        }
        migrator.registerMigration("v3-first-sentence") { db in
            // Sentences of a document have consecutive ids from this one, so a search can tell a
            // sentence's document and position from its id alone.
            try db.alter(table: "document") { table in
                table.add(column: "firstSentenceId", .integer).notNull().defaults(to: 0)
            }
        }
        migrator.registerMigration("v4-paragraphs-from-sentences") { db in
            // A paragraph's text is its sentences with the single spaces between them, so it is
            // not stored twice; a sentence knows whether its paragraph is a heading.
            try db.drop(table: "paragraph")
            try db.alter(table: "sentence") { table in
                table.add(column: "inHeading", .boolean).notNull().defaults(to: false)
            }
            try db.alter(table: "document") { table in
                table.add(column: "paragraphCount", .integer).notNull().defaults(to: 0)
            }
        }
        migrator.registerMigration("v5-search-watermark") { db in
            // Sentences up to this id are in the full-text index. New sentences join it in one
            // statement at the end of a sync, and a sync cut short is finished by the next one.
            try db.create(table: "searchWatermark") { table in
                table.column("lastSentenceId", .integer).notNull()
            }
            try db.execute(sql: "INSERT INTO searchWatermark (lastSentenceId) VALUES (0)")
        }
        migrator.registerMigration("v6-entities") { db in
            // Mentions are what extraction found in each document; entities are what resolving
            // all mentions made of them, kept apart so that resolving again never re-reads a file.
            try db.create(table: "mention") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("documentId", .integer).notNull().references("document", onDelete: .cascade).indexed()
                table.column("sentenceId", .integer).notNull().indexed()
                table.column("start", .integer).notNull()
                table.column("end", .integer).notNull()
                table.column("originalStart", .integer).notNull()
                table.column("originalEnd", .integer).notNull()
                table.column("text", .text).notNull()
                table.column("type", .text)
                table.column("confidence", .double).notNull()
                table.column("key", .text).notNull().indexed()
                table.column("fullName", .text).notNull()
                // Found by searching for a name the user declared an alias, not by extraction.
                table.column("fromAlias", .boolean).notNull().defaults(to: false)
            }
            try db.create(table: "entity") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("name", .text).notNull()
                table.column("type", .text).notNull()
                table.column("mentionCount", .integer).notNull().defaults(to: 0)
                table.column("documentCount", .integer).notNull().defaults(to: 0)
            }
            try db.create(table: "entityKey") { table in
                table.column("key", .text).primaryKey()
                table.column("entityId", .integer).notNull().indexed()
            }
            // Which corrections from dossier.toml the entities were last resolved with, and what
            // in them named nothing.
            try db.create(table: "entityResolution") { table in
                table.column("overridesDigest", .text).notNull()
                table.column("notes", .text).notNull()
            }
            try db.execute(sql: "INSERT INTO entityResolution (overridesDigest, notes) VALUES ('', '')")
        }
        migrator.registerMigration("v7-claims") { db in
            // A claim's fingerprint as JSON, its features for finding claims that share them, and the
            // links between claims of different documents, each unordered pair once (first < second).
            try db.create(table: "claim") { table in
                table.column("sentenceId", .integer).primaryKey()
                table.column("documentId", .integer).notNull().references("document", onDelete: .cascade).indexed()
                table.column("data", .blob).notNull()
            }
            try db.create(table: "claimFeature") { table in
                table.column("feature", .text).notNull().indexed()
                table.column("sentenceId", .integer).notNull()
                table.column("documentId", .integer).notNull().references("document", onDelete: .cascade).indexed()
            }
            try db.create(table: "claimFeatureCount") { table in
                table.column("feature", .text).primaryKey()
                table.column("claims", .integer).notNull()
            }
            try db.create(table: "claimLink") { table in
                table.column("first", .integer).notNull()
                table.column("second", .integer).notNull().indexed()
                table.column("firstDocument", .integer).notNull().references("document", onDelete: .cascade).indexed()
                table.column("secondDocument", .integer).notNull().references("document", onDelete: .cascade).indexed()
                table.column("relation", .text).notNull()
                table.column("score", .double).notNull()
                table.column("firstValues", .text).notNull()
                table.column("secondValues", .text).notNull()
                table.primaryKey(["first", "second"])
            }
        }
        migrator.registerMigration("v8-timeline") { db in
            // The date a document declares, the date its text suggests, and which one (or the
            // user's, from dossier.toml) its `date` is, so that a new override needs no re-reading.
            try db.alter(table: "document") { table in
                table.add(column: "declaredDate", .text)
                table.add(column: "inferredDate", .text)
                table.add(column: "dateSource", .text)
            }
            try db.create(table: "timex") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("documentId", .integer).notNull().references("document", onDelete: .cascade).indexed()
                table.column("sentenceId", .integer).notNull().indexed()
                table.column("start", .integer).notNull()
                table.column("end", .integer).notNull()
                table.column("originalStart", .integer).notNull()
                table.column("originalEnd", .integer).notNull()
                table.column("text", .text).notNull()
                table.column("value", .text).notNull()
                table.column("modifier", .text)
                table.column("endValue", .text)
                table.column("anchored", .boolean).notNull()
                table.column("firstDay", .integer).notNull().indexed()
                table.column("lastDay", .integer).notNull()
            }
        }
        migrator.registerMigration("v9-feature-postings") { db in
            // Claims are looked up by feature, so features are kept in that order, without a
            // separate rowid table to write as well.
            try db.drop(table: "claimFeature")
            try db.create(table: "claimFeature", options: .withoutRowID) { table in
                table.column("feature", .text).notNull()
                table.column("sentenceId", .integer).notNull()
                table.column("documentId", .integer).notNull().references("document", onDelete: .cascade).indexed()
                table.primaryKey(["feature", "sentenceId"])
            }
        }
        migrator.registerMigration("v10-claims-read-again") { db in
            // Claims are read again from their sentences when needed, so only which sentences hold one is kept.
            try db.drop(table: "claim")
            try db.create(table: "claim") { table in
                table.column("sentenceId", .integer).primaryKey()
                table.column("documentId", .integer).notNull().references("document", onDelete: .cascade).indexed()
            }
        }
        migrator.registerMigration("v11-sentence-word-counts") { db in
            // How many words FTS5 counted in each sentence, two bytes each, little-endian, so that
            // ranking reads them from memory instead of FTS5's size table.
            try db.alter(table: "document") { table in
                table.add(column: "sentenceWordCounts", .blob).notNull().defaults(to: Data())
            }
        }
        migrator.registerMigration("v12-claim-frames") { db in
            // Claims are frames (subject, measure, value, period, event…) stored one row per frame and
            // block key, found by block; sentences with the same words form a copy group linked once
            // through its canonical member, and links join groups. Removing a canonical member's
            // sentence drops its group row and, with it, the group's links.
            for table in ["claimLink", "claimFeatureCount", "claimFeature", "claim"] { try db.drop(table: table) }
            try db.create(table: "claim", options: .withoutRowID) { table in
                table.column("block", .integer).notNull()
                table.column("sentenceId", .integer).notNull().indexed()
                table.column("frame", .integer).notNull()
                table.column("documentId", .integer).notNull().references("document", onDelete: .cascade).indexed()
                table.column("copyKey", .integer).notNull().indexed()
                table.column("data", .text).notNull()
                table.primaryKey(["block", "sentenceId", "frame"])
            }
            try db.create(table: "claimGroup", options: .withoutRowID) { table in
                table.column("copyKey", .integer).primaryKey()
                table.column("sentenceId", .integer).notNull().references("sentence", onDelete: .cascade).indexed()
                table.column("documentId", .integer).notNull().indexed()
            }
            try db.create(table: "claimLink", options: .withoutRowID) { table in
                table.column("first", .integer).notNull().references("claimGroup", onDelete: .cascade)
                table.column("second", .integer).notNull().references("claimGroup", onDelete: .cascade).indexed()
                table.column("relation", .text).notNull()
                table.column("confidence", .double).notNull()
                table.column("firstFrame", .text).notNull()
                table.column("secondFrame", .text).notNull()
                table.primaryKey(["first", "second"])
            }
            try db.create(table: "documentSignature", options: .withoutRowID) { table in
                table.column("documentId", .integer).primaryKey().references("document", onDelete: .cascade)
                table.column("minima", .blob).notNull()
            }
        }
        migrator.registerMigration("v13-recorded-phases") { db in
            // Indexing runs in phases (text, entities, dates, claims); each batch records the last
            // phase its documents went through in the transaction that writes their results, so an
            // interrupted build resumes where it stopped. Full text is written with the sentences,
            // so the watermark that let it lag behind is gone.
            try db.alter(table: "document") { table in
                table.add(column: "phase", .integer).notNull().defaults(to: 0)
            }
            try db.create(index: "document_on_phase", on: "document", columns: ["phase", "id"])
            try db.drop(table: "searchWatermark")
            // Whether the entities were resolved since mentions last changed: resolving is corpus-wide,
            // so it is recorded for the corpus rather than per document. Removing a document can leave a copy group without its canonical member, to be linked
            // again through another; that too is recorded until the claims phase has done it.
            try db.create(table: "indexState") { table in
                table.column("entitiesResolved", .boolean).notNull()
                table.column("claimGroupsChanged", .boolean).notNull()
            }
            try db.execute(sql: "INSERT INTO indexState (entitiesResolved, claimGroupsChanged) VALUES (1, 0)")
        }
        return migrator
    }()
}
