using System.Globalization;
using DevDb.Common;
using DevDb.Configuration;
using DevDb.Masking;

namespace DevDb.Processes;

/// <summary>
/// InitDevDb: writes a starter devdb.yml from production's catalog, statistics and a sample of its rows
/// (what every action reads before it changes anything), so a new user starts from a file rather than
/// from an error. It never overwrites a config, and writes nothing to any database.
/// </summary>
public static class InitProcess
{
    public static string Run(DevDbSettings settings)
    {
        var path = settings.ConfigPath;
        if (File.Exists(path))
            throw new DevDbException($"{Path.GetFileName(path)} already exists; InitDevDb never overwrites a config: move it away, or write another with --config=PATH", ExitCodes.BadInput);
        var directory = Path.GetDirectoryName(path)!;
        if (!Directory.Exists(directory)) throw new DevDbException($"cannot write {path}: the folder {directory} does not exist", ExitCodes.BadInput);

        using var production = settings.OpenProduction();
        var schemas = Preflight.ResolveSchemas(settings, production).ToArray();
        settings.Reporter.Step($"Reading production's catalog ({string.Join(", ", schemas)}) and a sample of each table's rows");
        var model = ModelLoader.Read(settings, production, schemas);
        var personal = PersonalData.Find(settings, production, model);
        var rows = production.Query(settings.Sql.Load("plan/table_stats.sql"), r => (table: new TableName(r.GetString(0), r.GetString(1)), rows: r.GetDouble(2)), (object)schemas)
            .ToDictionary(x => x.table, x => x.rows);
        var tables = model.Tables.Keys.Select(t => new StarterTable(t, rows.GetValueOrDefault(t), FrameworkTables.Contains(t.Name))).ToList();

        var p = settings.Production;
        var text = StarterConfig.Render(tables, personal, $"production ({p.Describe()})",
            [("host", p.Host), ("port", p.Port.ToString(CultureInfo.InvariantCulture)), ("database", p.Database), ("user", p.User)],
            DateOnly.FromDateTime(DateTime.Now));
        // what InitDevDb writes, every action must read
        ConfigLoader.Parse(text, path);
        File.WriteAllText(path, text);

        settings.Reporter.Info($"Wrote {Path.GetRelativePath(settings.RepositoryRoot, path)}: {tables.Count} tables, {personal.Count} personal-looking columns with a suggested mask ({personal.Count(c => c.Confidence == Confidence.Low)} of them low-confidence)");
        settings.Reporter.Info("Next: review it, set DEVDB_MASK_KEY to a secret, then run ./build.sh --target=PlanDevDb and ./build.sh --target=BuildDevDb");
        return path;
    }
}
