/** The --help text. */
export const USAGE = `Usage: vanban <command> [options]

Commands:
  templates                                   List the document templates (id, TAB, title)
  new <template-id> -o <file.vanban>          Create a document from a template
      [--profile <profile.json>] [--force]    (agency profile applied; --force overwrites)
  export <file.vanban> -o <file.docx>         Write the document as a Decree 30 DOCX file
      [--force]                               (--force overwrites an existing file)
      [--copy clean|comments|changes]         clean (default): no comments, the copy to issue;
      [--since <version>] [--author <name>]   comments: with the reviewers' comments;
                                              changes: changes since --since (a version's id
                                              or number, 1 = oldest) as tracked changes
  export <file.vanban> -o <file.pdf>          PDF through LibreOffice (where installed)
  export <a.vanban> <b.vanban> … -d <folder>  Many documents in one run: <folder>/<name>.docx each
      [--copy …]                              (a failed file is reported, the others written)
  import <file.docx|file.txt> -o <file.vanban>
      [--force]                               Bring in a Word file or plain text
  check <file.vanban|file.docx> [--json]      Check against Decree 30: one line per finding
                                              (exit 1 when any is an error, 0 otherwise)
  server start --data <folder> [--host <address>] [--port <n>]
                                              Run the office server (vanban server --help)
  server user add|list|disable|enable|reset-password --data <folder> …
                                              The office server's accounts

Options:
  -h, --help       Show this help
  --version        Show the version

Exit status: 0 on success, 2 on any error (one line on stderr); check: 1 when it finds errors.`;
