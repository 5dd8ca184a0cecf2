using System.Globalization;
using DevDb.Common;
using DevDb.Connections;

namespace DevDb.Masking;

/// <summary>
/// Makes a developer-database session ready to mask: the maskers' functions, the value pools, the key
/// and the constants of value rules. The key reaches the database only as <see cref="DerivedKey"/>, in
/// a setting that ends with the load's transaction (or, on a parallel build's fetching connections,
/// with the session); it is never written to a table.
/// </summary>
public static class MaskSession
{
    /// <summary>HMAC-SHA256 of a fixed label under the user's key: what the database sees instead of the key.</summary>
    public static string DerivedKey(string key) =>
        Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key), "devdb mask v1"u8));

    /// <summary>The maskers' functions in the devdb schema; a parallel build commits them before its fetching connections start.</summary>
    public static void InstallFunctions(DevDbSettings settings, Database dev) => dev.Execute(settings.Sql.Load("masking/mask_functions.sql"));

    public static void Begin(DevDbSettings settings, Database dev, MaskPlan masks, bool forSession)
    {
        if (masks.Rules.Count == 0) return;
        var sql = settings.Sql;
        // the temporary tables last for the load's transaction, or for a fetching connection's session
        var onCommit = new Dictionary<string, SqlFragment> { ["on_commit"] = new SqlFragment(forSession ? "PRESERVE ROWS" : "DROP") };
        if (!forSession) InstallFunctions(settings, dev);
        dev.Execute(sql.Render("masking/create_mask_pool.sql", onCommit));
        if (!forSession) dev.Execute(sql.Load("masking/begin_masking.sql"));   // begin_worker.sql sets these for a session
        if (masks.NeedsKey)
        {
            var key = settings.MaskKey ?? throw new DevDbException("DEVDB_MASK_KEY is not set, and masking rules need it: set it to a secret kept outside the repository", ExitCodes.BadInput);
            dev.Execute(sql.Load("masking/set_mask_setting.sql"), "devdb.mask_key", DerivedKey(key), !forSession);
        }
        if (masks.MasksJson)
        {
            dev.Execute(sql.Load("masking/set_mask_setting.sql"), "devdb.mask_json_keys", JsonKeyRules.Setting, !forSession);
            dev.Execute(sql.Render("masking/create_person_names.sql", onCommit));
            dev.Execute(sql.Load("masking/load_person_names.sql"), NameLists.FirstNames.ToArray(), NameLists.LastNames.ToArray());
        }
        for (var i = 0; i < masks.Constants.Count; i++)
            dev.Execute(sql.Load("masking/set_mask_setting.sql"), "devdb.mask_value_" + i.ToString(CultureInfo.InvariantCulture), masks.Constants[i], !forSession);
        dev.ExecuteEach(sql.Load("masking/load_mask_pool.sql"), MaskPools.Pools.Select(p => new object?[] { p.Key, p.Value }));
        if (!forSession) Report(settings, masks);
    }

    public static void Report(DevDbSettings settings, MaskPlan masks) =>
        settings.Reporter.Info($"Masking {masks.Rules.Count} columns as rows are written ({string.Join(", ", masks.Rules.Keys.Order().Take(6))}{(masks.Rules.Count > 6 ? ", ..." : "")})");
}
