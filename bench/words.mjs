// Vocabulary of the generated corpus: common titles, employers, names and skills as people write them.
// Fixture data for the benchmark only; the product's dictionary lives in data/.

export const TITLES = [
  'Senior Software Engineer', 'Software Engineer', 'Staff Engineer', 'Lead Data Engineer', 'Machine Learning Engineer',
  'Backend Developer', 'Full Stack Developer', 'Platform Engineer', 'Data Scientist', 'Site Reliability Engineer',
  'Principal Engineer', 'Frontend Developer', 'DevOps Engineer', 'Analytics Engineer', 'Cloud Architect',
];
export const EMPLOYERS = [
  'Northwind Bank', 'Fabrikam Analytics', 'Contoso Retail', 'Tailspin Toys', 'Wide World Importers', 'Adventure Works',
  'Litware Inc', 'Proseware', 'Woodgrove Financial', 'Fourth Coffee', 'Blue Yonder Airlines', 'Coho Winery',
  'Lucerne Publishing', 'Margie Travel', 'Trey Research', 'Alpine Ski House', 'Humongous Insurance', 'Graphic Design Institute',
];
export const FIRST = ['Priya', 'Daniel', 'Maria', 'Wei', 'Amara', 'Lukas', 'Sofia', 'Kenji', 'Fatima', 'Noah', 'Elena', 'Tomás', 'Aisha', 'Oliver', 'Mei', 'Samuel'];
export const LAST = ['Raman', 'Okafor', 'Schmidt', 'Garcia', 'Chen', 'Nakamura', 'Haddad', 'Johnson', 'Novak', 'Silva', 'Kowalski', 'Mensah', 'Larsen', 'Rossi'];
export const SCHOOLS = ['University of Michigan', 'Columbia University', 'TU Munich', 'University of Toronto', 'Georgia Tech', 'University of Lagos', 'KTH Stockholm', 'UC San Diego'];
export const SKILLS = [
  'Python', 'Java', 'TypeScript', 'JavaScript', 'Go', 'Rust', 'Scala', 'C++', 'C#', 'SQL', 'Kotlin', 'Bash',
  'AWS', 'Azure', 'GCP', 'Kubernetes', 'Docker', 'Terraform', 'Git', 'CI/CD', 'Linux',
  'Apache Spark', 'Hadoop', 'Kafka', 'Airflow', 'PostgreSQL', 'MySQL', 'MongoDB', 'Redis', 'Snowflake', 'Databricks',
  'PyTorch', 'TensorFlow', 'scikit-learn', 'pandas', 'NumPy', 'XGBoost', 'MLflow',
  'React', 'Node.js', 'Angular', 'Vue.js', 'Django', 'Flask', 'FastAPI', 'Spring Boot', '.NET', 'GraphQL',
  'REST APIs', 'microservices', 'machine learning', 'feature engineering', 'A/B testing', 'Tableau', 'Jira',
];
export const VERBS = ['Built', 'Designed', 'Led', 'Migrated', 'Automated', 'Scaled', 'Rewrote', 'Introduced', 'Owned', 'Optimised', 'Shipped', 'Maintained'];
export const OBJECTS = [
  'real-time data pipelines', 'a payments platform', 'customer-facing APIs', 'internal developer tooling', 'fraud detection models',
  'a recommendation service', 'the observability stack', 'batch reporting jobs', 'a multi-tenant SaaS backend',
  'search and ranking services', 'the release pipeline', 'an event-driven order system',
];
export const OUTCOMES = [
  'cutting latency by 40%', 'saving $1.2M a year in cloud spend', 'raising test coverage from 35% to 85%',
  'reducing incidents by half', 'shortening releases from weeks to hours', 'doubling throughput',
  'improving conversion by 6%', 'removing a week of manual work per month',
];
