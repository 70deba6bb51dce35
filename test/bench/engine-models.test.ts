import { minimalCalls, ratio, terraformCalls } from "../../bench/engine-models";
import { benchShape, PHASES } from "../support/scale-stack";

describe("engine benchmark call models", () => {
  const n500 = benchShape(500);

  it("shapes N resources as the issue describes: 10 categories, N/10 roles, both policies, 3 templates", () => {
    expect(n500).toEqual({ categories: 10, permissions: 435, roles: 50, permissionsPerRole: 20, mfaPolicy: true, lockoutPolicy: true, emailTemplates: 3 });
  });

  it("puts a no-change refresh at one token, one list per listed kind and one GET per policy", () => {
    expect(minimalCalls(n500, "refresh")).toEqual({ total: 7, breakdown: { auth: 1, "lists (one per kind)": 4, "policy GETs": 2 } });
  });

  it("gives Terraform one read per resource and a token on refresh: 501 calls at N=500, what issue 10 measured for this provider today, which follows the same pattern", () => {
    expect(terraformCalls(n500, "refresh").total).toBe(501);
  });

  it("adds each breakdown up to its total, in every phase", () => {
    for (const phase of PHASES) {
      for (const model of [minimalCalls(n500, phase), terraformCalls(n500, phase)]) {
        expect(Object.values(model.breakdown).reduce((a, b) => a + b, 0)).toBe(model.total);
      }
    }
  });

  it("makes the ratio null when our count is 0, rounded to a tenth otherwise", () => {
    expect(ratio(501, 0)).toBeNull();
    expect(ratio(501, 7)).toBe(71.6);
  });
});
