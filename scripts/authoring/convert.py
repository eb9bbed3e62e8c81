import json, sys, re
files = {'languages':'languages','web':'frameworks','data':'data','cloud':'cloud-devops','ml':'ml-ai','practice':'practices','security':'security','business':'business','soft':'soft-skills','certs':'certifications','spoken':'spoken-languages'}
override = {
 'tool': ['Kali Linux','Metasploit','Burp Suite','Nmap','Snort','Bloomberg Terminal','SIEM'],
 'practice': ['Networking','Caching','Search Engines','Documentation','Monitoring','Observability','Automation','Virtualization','Load Balancing','Message Queues','Operating Systems','Version Control','IT Service Management','Serverless','Containers','Service Mesh','GitOps','Configuration Management','Robotic Process Automation','Low-Code Platforms','3D Modeling','Video Editing','CAD','Building Information Modeling','Graph Databases','Time Series Databases','Vector Databases','SQL Databases','NoSQL','Databases','Web Scraping','Stream Processing','Batch Processing','Data Architecture','Data Modeling','Data Governance','Data Quality','Data Privacy','Master Data Management','Data Transformation','Data Wrangling','Spreadsheets','Collaboration Tools','Project Management Tools','Design Tools','Build Tools','IDEs','Web Servers','Content Delivery Networks','Product Analytics','Web Analytics','Geospatial Analysis'],
 'domain': ['Electronic Health Records','ERP','CRM','HR Information Systems','Accounting Software','Blockchain','Ethereum','GDPR','HIPAA','SOX','Robotics','Autonomous Vehicles','Scientific Computing','Econometrics'],
 'data': ['Statistics','Bayesian Statistics','Hypothesis Testing','Regression Analysis','Time Series Analysis','Forecasting','Survival Analysis','Causal Inference','Experimental Design','A/B Testing','Mathematics','Linear Algebra','Calculus','Probability','Optimization','Predictive Analytics','Quantitative Analysis'],
}
cat_of = {n:c for c,ns in override.items() for n in ns}
seen = set()
for src, dst in files.items():
    cat = None; out = []
    for line in open(f'/tmp/cur/{src}.txt'):
        line = line.rstrip('\n')
        if not line.strip(): continue
        if line.startswith('@'): cat = line[1:].strip(); continue
        parts = [p.strip() for p in line.split('|')] + ['']*5
        name, aliases, broader, related, flags = parts[:5]
        split = lambda s: [x.strip() for x in s.split(';') if x.strip()]
        e = {'name': name, 'category': cat_of.get(name, cat)}
        al = split(aliases); exact=[]; ctx=[]; cs=False
        for f in flags.split():
            if f == 'cs': cs = True
            elif f.startswith('exact='): exact = split(f[6:].replace(';',';'))
            elif f.startswith('ctx='): ctx = split(f[4:])
        if src=='spoken': cs=True
        # drop aliases identical to the name or duplicates; in case-insensitive skills, case variants
        res=[]; low={name.lower()} if not cs else {name}
        for a in al:
            k = a if cs else a.lower()
            if a in exact or k in low: continue
            low.add(k); res.append(a)
        if res: e['aliases']=res
        if exact: e['exactAliases']=[x for x in exact if x]
        b=split(broader); r=split(related)
        if b: e['broader']=b
        if r: e['related']=r
        if cs: e['caseSensitive']=True
        if ctx: e['context']=ctx
        assert name not in seen, name
        seen.add(name); out.append(e)
    body = ',\n'.join('    '+json.dumps(e, ensure_ascii=False) for e in out)
    comment = f"Curated {dst.replace('-',' ')} skills. Format and sources: data/skills/README.md."
    open(f'{sys.argv[1]}/{dst}.json','w').write('{\n  "$comment": ' + json.dumps(comment) + ',\n  "skills": [\n' + body + '\n  ]\n}\n')
    print(dst, len(out))
