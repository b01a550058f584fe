import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from './api';

interface Usage {
  requests: number;
  limit: number;
}

interface Project {
  id: string;
  name: string;
}

export function Dashboard() {
  const usage = useQuery({ queryKey: ['usage'], queryFn: () => api<Usage>('/usage') });
  const createProject = useMutation({
    mutationFn: (name: string) =>
      api<Project>('/projects', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name }),
      }),
  });
  const [name, setName] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    createProject.mutate(name);
  };

  return (
    <main>
      <h1>Acme dashboard</h1>
      <section aria-labelledby="usage-title">
        <h2 id="usage-title">Usage</h2>
        <p>{usage.data ? `${usage.data.requests} of ${usage.data.limit} requests used` : usage.isError ? 'Usage unavailable' : 'Loading usage…'}</p>
      </section>
      <section aria-labelledby="project-title">
        <h2 id="project-title">New project</h2>
        <form onSubmit={submit}>
          <label htmlFor="project-name">Project name</label> <input id="project-name" value={name} onChange={(event) => setName(event.target.value)} required />{' '}
          <button type="submit">Create project</button>
        </form>
        <p role="status">{createProject.data ? `Created ${createProject.data.name}` : ''}</p>
      </section>
    </main>
  );
}
