using System.Text;
using DevDb.Common;
using DevDb.Connections;
using DevDb.Tools;

namespace DevDb.Processes;

/// <summary>
/// Process 2: dumps production's schema to schema.sql (byte-identical when nothing changed),
/// recreates the application schemas from it and imports production's tables as foreign tables.
/// </summary>
public static class SchemaProcess
{
    public static void Run(DevDbSettings settings, ProductionFacts production)
    {
        var sql = settings.Sql;
        if (settings.Run.Staging is null)
        {
            // Updating the schema rebuilds too: the developer database stays as it is until the new one is ready.
            using (var live = settings.OpenDevelopment()) RequireSetUp(settings, live);
            SetupProcess.PrepareStaging(settings, production);
        }
        using var dev = settings.OpenTarget();

        SetupProcess.RequireExtensions(settings, dev, production.Extensions, "production uses");

        CreatePolicyRoles(settings, dev, production);
        var text = DumpSchema(settings, production);
        var changed = WriteIfChanged(settings.SchemaFile, text);
        settings.Reporter.Info($"{(changed ? "Wrote" : "Unchanged:")} {Path.GetRelativePath(settings.RepositoryRoot, settings.SchemaFile)} ({production.Schemas.Count} schema{(production.Schemas.Count == 1 ? "" : "s")}: {string.Join(", ", production.Schemas)})");

        var previous = dev.Query(sql.Load("shared/mirrored_schemas.sql"), r => (prod: r.GetString(0), foreign: r.GetString(1)));
        var drop = previous.SelectMany(p => new[] { p.prod, p.foreign })
            .Concat(production.Schemas).Concat(production.Schemas.Select(Naming.ForeignSchema))
            .Distinct().Order(StringComparer.Ordinal).ToList();

        using var transaction = dev.Begin();
        dev.Execute(sql.Render("schema/drop_schemas.sql", new Dictionary<string, SqlFragment> { ["schemas"] = SqlFragment.Identifiers(drop) }));
        dev.Execute(text);
        foreach (var schema in production.Schemas)
        {
            var foreign = Naming.ForeignSchema(schema);
            dev.Execute(sql.Render("schema/import_foreign_schema.sql", new Dictionary<string, SqlFragment>
            {
                ["production_schema"] = SqlFragment.Identifier(schema),
                ["foreign_schema"] = SqlFragment.Identifier(foreign),
            }));
            dev.Execute(sql.Load("schema/record_mirrored_schema.sql"), schema, foreign);
        }
        transaction.Commit();
        settings.Reporter.Info($"Recreated schema{(production.Schemas.Count == 1 ? "" : "s")} {string.Join(", ", production.Schemas)} with production's tables imported as foreign tables into {string.Join(", ", production.Schemas.Select(Naming.ForeignSchema))}");
    }

    /// <summary>
    /// Row-level security policies name roles (TO app_user); on a developer server without them,
    /// schema.sql would not apply. They are created there as NOLOGIN stand-ins.
    /// </summary>
    static void CreatePolicyRoles(DevDbSettings settings, Database dev, ProductionFacts production)
    {
        string[] named;
        using (var prod = settings.OpenProduction())
            named = prod.Query(settings.Sql.Load("schema/policy_roles.sql"), r => r.GetString(0), (object)production.Schemas.ToArray()).ToArray();
        if (named.Length == 0) return;
        foreach (var role in dev.Query(settings.Sql.Load("schema/missing_roles.sql"), r => r.GetString(0), (object)named))
        {
            dev.Execute(settings.Sql.Render("schema/create_role.sql", new() { ["role"] = SqlFragment.Identifier(role) }));
            settings.Reporter.Info($"Created role {Sql.Quote(role)} (NOLOGIN) on the developer server: production's row-level security policies name it");
        }
    }

    public static void RequireSetUp(DevDbSettings settings, Database dev)
    {
        if (!dev.Scalar<bool>(settings.Sql.Load("shared/is_devdb_database.sql")))
            throw new DevDbException($"database {settings.Development.Describe()} was not set up by DevDb; run ./build.sh --target=BuildDevDb first", ExitCodes.BadInput);
    }

    /// <summary>pg_dump's schema-only output for the application schemas, without the per-run \restrict key lines.</summary>
    public static string DumpSchema(DevDbSettings settings, ProductionFacts production)
    {
        var pgDump = PgTools.Find("pg_dump");
        RequireClientAtLeast(pgDump, PgTools.MajorVersion(pgDump), production.MajorVersion);

        var arguments = new List<string>
        {
            "--schema-only", "--no-owner", "--no-privileges", "--no-publications", "--no-subscriptions",
            "--no-security-labels", "--no-tablespaces", "--strict-names",
        };
        // Quoted names are taken literally by pg_dump's pattern matching, wildcards included.
        foreach (var schema in production.Schemas) arguments.Add("--schema=" + Sql.Quote(schema));
        foreach (var extension in production.Extensions) arguments.Add("--extension=" + Sql.Quote(extension));

        var result = PgTools.Run(pgDump, arguments, settings.Production.LibpqEnvironment(readOnly: true));
        if (result.ExitCode != 0)
            throw new DevDbException($"pg_dump of production's schema failed (exit {result.ExitCode}): {PgTools.FirstError(result.StandardError)}", ExitCodes.ExternalTool);
        return StripRestrictLines(result.StandardOutput);
    }

    /// <summary>pg_dump refuses servers newer than itself; say so before it does, and what to do.</summary>
    public static void RequireClientAtLeast(string pgDump, int clientMajor, int serverMajor)
    {
        if (clientMajor < serverMajor)
            throw new DevDbException($"pg_dump {clientMajor} ({pgDump}) is older than production's PostgreSQL {serverMajor} and cannot dump it; install PostgreSQL {serverMajor} client programs or point DEVDB_PG_BIN at them", ExitCodes.ExternalTool);
    }

    /// <summary>
    /// pg_dump 15.14+ brackets plain output with \restrict and \unrestrict lines holding a random
    /// key: they change every run and are psql commands no driver runs, so they go.
    /// </summary>
    public static string StripRestrictLines(string dump)
    {
        var builder = new StringBuilder(dump.Length);
        foreach (var line in dump.Split('\n'))
        {
            if (line.StartsWith("\\restrict ", StringComparison.Ordinal) || line.StartsWith("\\unrestrict ", StringComparison.Ordinal)) continue;
            builder.Append(line).Append('\n');
        }
        var text = builder.ToString();
        return text.EndsWith("\n\n", StringComparison.Ordinal) ? text[..^1] : text;
    }

    /// <summary>Writes only when the content differs, so an unchanged schema leaves the file (and its timestamp) alone.</summary>
    public static bool WriteIfChanged(string path, string text)
    {
        if (File.Exists(path) && File.ReadAllText(path) == text) return false;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
        return true;
    }
}
