using DevDb.Masking;
using DevDb.Common;
using DevDb.Configuration;
using DevDb.Connections;

namespace DevDb.Processes;

/// <summary>What DevDb learned from production before changing anything.</summary>
public sealed record ProductionFacts(
    string ServerIdentity, int VersionNum, string Encoding,
    IReadOnlyList<string> Schemas, IReadOnlyList<TableName> Tables, IReadOnlyList<string> Extensions)
{
    public int MajorVersion => VersionNum / 10000;

    /// <summary>Columns that look personal, each with a decision (or preflight would have stopped).</summary>
    public IReadOnlyList<PersonalColumn> Personal { get; init; } = [];

    /// <summary>Each table's size in pages, for block sampling when a rule samples by percent: read here, so populate opens no connection of its own for it.</summary>
    public IReadOnlyDictionary<TableName, long> Pages { get; init; } = new Dictionary<TableName, long>();
}

/// <summary>
/// The checks every action runs before it drops or writes anything: production reachable and
/// distinct from the developer database, the config's schemas, tables and WHERE clauses valid
/// against production. A bad input therefore fails here, with the developer database untouched.
/// </summary>
public static class Preflight
{
    /// <param name="requireDecisions">False for PlanDevDb, which writes nothing and shows undecided columns instead of stopping.</param>
    public static ProductionFacts Run(DevDbSettings settings, bool requireDecisions = true)
    {
        var sql = settings.Sql;
        // detection gets ready in the background while the connections open and the catalog is read
        PersonalData.WarmUp();
        using var production = settings.OpenProduction();
        var identity = Identity(production, sql);

        using (var devServer = settings.OpenDevelopmentMaintenance())
        {
            var devIdentity = Identity(devServer, sql);
            if (devIdentity.server == identity.server && settings.Development.Database == identity.database)
                throw new DevDbException(
                    $"the developer database and production are the same database ({settings.Development.Describe()}); refusing to build over production",
                    ExitCodes.BadInput);
        }

        var schemas = ResolveSchemas(settings, production);
        MaskPools.WarmUp(settings.Config);
        var tables = production.Query(sql.Load("shared/production_tables.sql"),
            r => new TableName(r.GetString(0), r.GetString(1)), (object)schemas.ToArray());
        CheckRules(settings, production, tables);

        // Relations and masks checked against production's tables; then nothing personal goes undecided.
        var model = ModelLoader.Read(settings, production, schemas.ToArray());
        if (model.Masks.NeedsKey && settings.MaskKey is null)
            throw new DevDbException("DEVDB_MASK_KEY is not set, and masking rules need it: set it to a secret kept outside the repository", ExitCodes.BadInput);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var personal = PersonalData.Find(settings, production, model);
        settings.Reporter.Info($"Looked for personal data in {model.Tables.Values.Sum(t => t.Columns.Count):N0} columns of {model.Tables.Count} tables: {personal.Count} look personal ({clock.ElapsedMilliseconds:N0} ms)");
        if (requireDecisions) PersonalData.RequireDecisions(settings, personal, model.Masks);

        var extensions = production.Query(sql.Load("shared/extensions.sql"), r => r.GetString(0));
        // only percent rules sample blocks
        var pages = tables.Any(t => settings.Config.RuleFor(t, out _).Kind == RuleKind.Percent)
            ? production.Query(sql.Load("preflight/production_pages.sql"),
                r => (table: new TableName(r.GetString(0), r.GetString(1)), pages: r.GetInt64(2)), (object)schemas.ToArray())
                .ToDictionary(p => p.table, p => p.pages)
            : [];
        return new ProductionFacts(identity.server, identity.version, identity.encoding, schemas, tables, extensions) { Personal = personal, Pages = pages };
    }

    static (string server, string database, int version, string encoding) Identity(Database db, SqlFiles sql) =>
        db.Query(sql.Load("shared/server_identity.sql"),
            r => (r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetString(3))).Single();

    /// <summary>The production schemas to copy: the config's, or every application schema; none of them one DevDb reserves.</summary>
    public static List<string> ResolveSchemas(DevDbSettings settings, Database production)
    {
        var existing = production.Query(settings.Sql.Load("shared/production_schemas.sql"), r => r.GetString(0));
        List<string> schemas;
        if (settings.Config.Schemas.Count == 0) schemas = existing;
        else
        {
            var unknown = settings.Config.Schemas.Where(s => !existing.Contains(s)).ToList();
            if (unknown.Count > 0)
                throw new DevDbException($"{ConfigName(settings)}: schemas: production has no schema {string.Join(", ", unknown.Select(Sql.Quote))}", ExitCodes.BadInput);
            schemas = settings.Config.Schemas.Distinct().Order(StringComparer.Ordinal).ToList();
        }
        var reserved = schemas.Where(Naming.IsReserved).ToList();
        if (reserved.Count > 0)
            throw new DevDbException($"production schema {Sql.Quote(reserved[0])} collides with a name DevDb reserves for itself (devdb, devdb_prod_*); leave it out with 'schemas:' in the config", ExitCodes.BadInput);
        if (schemas.Count == 0) throw new DevDbException("production has no application schema to copy", ExitCodes.BadInput);
        return schemas;
    }

    static void CheckRules(DevDbSettings settings, Database production, IReadOnlyList<TableName> tables)
    {
        var known = tables.ToHashSet();
        foreach (var (table, rule) in settings.Config.Tables.OrderBy(t => t.Key))
        {
            if (!known.Contains(table))
                throw new DevDbException($"{ConfigName(settings)}: tables: {table} is not a table in production's schemas ({string.Join(", ", tables.Select(t => t.Schema).Distinct())})", ExitCodes.BadInput);
            if (rule.Where is not null) CheckWhere(settings, production, table, rule.Where, "tables." + table);
        }
        if (settings.Config.Default.Where is { } defaultWhere)
            // tables under the default rule: not listed, not framework bookkeeping
            foreach (var table in tables.Where(t => { settings.Config.RuleFor(t, out var source); return source == "default"; }))
                CheckWhere(settings, production, table, defaultWhere, "default");
    }

    static void CheckWhere(DevDbSettings settings, Database production, TableName table, string where, string ruleName)
    {
        var statement = settings.Sql.Render("shared/explain_where.sql", new Dictionary<string, SqlFragment>
        {
            ["table"] = table,
            ["where"] = UserCondition(where),
        });
        try
        {
            using var command = production.Command(statement, 1);
            command.ExecuteNonQuery();
        }
        catch (Npgsql.PostgresException e)
        {
            throw new DevDbException($"{ConfigName(settings)}: {ruleName}: invalid where \"{where}\": {e.MessageText}", ExitCodes.BadInput);
        }
    }

    /// <summary>A rule's WHERE as SQL to splice: refused unless it is one expression (see <see cref="WhereClauseGuard"/>).</summary>
    public static SqlFragment UserCondition(string? where)
    {
        if (where is null) return new SqlFragment("TRUE");
        var problem = WhereClauseGuard.Problem(where);
        if (problem is not null) throw new DevDbException($"where \"{where}\" {problem}", ExitCodes.BadInput);
        return new SqlFragment(where);
    }

    static string ConfigName(DevDbSettings settings) => Path.GetFileName(settings.Config.SourcePath ?? DevDbSettings.DefaultConfigFile);
}
