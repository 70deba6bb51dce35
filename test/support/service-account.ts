/** A Google service-account key file as Google issues it, for the Firebase user-source tests (not a real key). */
export function serviceAccountJson(privateKey: string, projectId = "acme-auth"): string {
  return JSON.stringify({
    type: "service_account",
    project_id: projectId,
    private_key_id: "0123abcd",
    private_key: privateKey,
    client_email: `frontegg@${projectId}.iam.gserviceaccount.com`,
    client_id: "1234567890",
    auth_uri: "https://accounts.google.com/o/oauth2/auth",
    token_uri: "https://oauth2.googleapis.com/token",
    auth_provider_x509_cert_url: "https://www.googleapis.com/oauth2/v1/certs",
    client_x509_cert_url: `https://www.googleapis.com/robot/v1/metadata/x509/frontegg%40${projectId}.iam.gserviceaccount.com`,
    universe_domain: "googleapis.com",
  });
}
